package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * A plain OCTO supplier's booking reads under its prefix P: {@code GET P/bookings} with the published
 * filters ({@code localDate}, {@code localDateStart} + {@code localDateEnd}, {@code supplierReference},
 * {@code resellerReference}, {@code productId}, {@code optionId}; at least one of the first four), at
 * most {@value #MAX_RESULTS} bookings by visit time, no paging and no {@code updatedSince}; and
 * {@code GET P/bookings/{uuid}} (an unknown uuid is INVALID_BOOKING_UUID).
 */
final class BookingsRoutes {

    /** As Bokun: the first 100 matches, and no way to ask for more. */
    static final int MAX_RESULTS = 100;
    private static final Set<String> FILTERS = Set.of("localDate", "localDateStart", "localDateEnd",
            "supplierReference", "resellerReference", "productId", "optionId");

    private final SandboxServices s;
    private final String prefix;

    BookingsRoutes(SandboxServices services, String prefix) {
        this.s = services;
        this.prefix = prefix;
    }

    void register(Javalin app) {
        app.get(prefix + "/bookings", this::list);
        app.get(prefix + "/bookings/{uuid}", this::one);
    }

    private void list(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        OctoRequests.onlyQuery(ctx, FILTERS);
        OctoBookingStore.Filter filter = filter(ctx);
        List<OctoBookingRow> rows = s.db.read(c -> s.octoBookings.list(c, account, filter, MAX_RESULTS));
        ArrayNode out = Json.MAPPER.createArrayNode();
        rows.forEach(b -> out.add(OctoBookingView.render(b)));
        Http.send(ctx, Reply.json(out));
    }

    private void one(Context ctx) {
        int account = s.accounts.authorize(ctx.header("Authorization"));
        OctoRequests.onlyQuery(ctx, Set.of());
        String uuid = ctx.pathParam("uuid");
        if (uuid.length() > 100) {
            throw ApiError.badRequest("The booking uuid is longer than 100 characters.");
        }
        OctoBookingRow b = s.db.read(c -> s.octoBookings.byUuid(c, uuid)).filter(x -> x.account() == account)
                .orElseThrow(() -> ApiError.invalidBookingUuid(uuid));
        Http.send(ctx, Reply.json(OctoBookingView.render(b)));
    }

    private static OctoBookingStore.Filter filter(Context ctx) {
        String day = date(ctx, "localDate");
        String start = date(ctx, "localDateStart");
        String end = date(ctx, "localDateEnd");
        String supplierReference = text(ctx, "supplierReference");
        String resellerReference = text(ctx, "resellerReference");
        if ((start == null) != (end == null)) {
            throw ApiError.badRequest("localDateStart and localDateEnd go together.");
        }
        if (start != null && start.compareTo(end) > 0) {
            throw ApiError.badRequest("localDateStart must not be after localDateEnd.");
        }
        if (day == null && start == null && supplierReference == null && resellerReference == null) {
            throw ApiError.badRequest("either resellerReference, supplierReference, localDate or"
                    + " localDateStart/localDateEnd is required");
        }
        if (day != null && start != null) {
            throw ApiError.badRequest("Give localDate or localDateStart/localDateEnd, not both.");
        }
        return new OctoBookingStore.Filter(day != null ? day : start, day != null ? day : end, supplierReference,
                resellerReference, text(ctx, "productId"), text(ctx, "optionId"));
    }

    private static String date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date written yyyy-MM-dd, such as 2026-12-07.");
        }
    }

    private static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : Requests.reference(value, name);
    }
}

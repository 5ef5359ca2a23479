package com.loungedesk.api.octo;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.api.AnswerMapper;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoRedemptionClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * OCTO's booking calls on a plain supplier, relative to its base URL: {@code GET bookings} filtered by
 * local date (one day, or a range across midnight) and {@code GET bookings/{uuid}}. Suppliers answer at
 * most a page (Bokun: 100) with no paging and no {@code updatedSince}: the caller compares.
 */
final class OctoBookingsClient {

    private final HttpGateway gateway;
    private final OctoRedemptionClient redemption;

    OctoBookingsClient(HttpGateway gateway, OctoRedemptionClient redemption) {
        this.gateway = gateway;
        this.redemption = redemption;
    }

    /** The bookings for local dates {@code from}..{@code to} (one date: {@code localDate}). */
    List<LookupItem> between(String apiKey, LocalDate from, LocalDate to) throws ApiException {
        HttpUrl.Builder url = gateway.url("bookings");
        if (from.equals(to)) {
            url.addQueryParameter("localDate", from.toString());
        } else {
            url.addQueryParameter("localDateStart", from.toString()).addQueryParameter("localDateEnd", to.toString());
        }
        JsonNode answer = get(apiKey, url);
        List<LookupItem> out = new ArrayList<>();
        if (answer.isArray()) {
            for (JsonNode n : answer) {
                out.add(redemption.convert(n, LookupItem.class));
            }
        } else if (answer.isObject() && answer.hasNonNull("uuid")) {
            out.add(redemption.convert(answer, LookupItem.class)); // one booking where a list was expected
        } else {
            throw AnswerMapper.badResponse(200, null);
        }
        return out;
    }

    /** One booking by its uuid; an unknown uuid is refused by the supplier (INVALID_BOOKING_UUID). */
    LookupItem booking(String apiKey, String uuid) throws ApiException {
        JsonNode answer = get(apiKey, gateway.url("bookings").addPathSegment(uuid));
        if (answer.isArray() && answer.size() == 1) {
            answer = answer.get(0);
        }
        LookupItem item = redemption.convert(answer, LookupItem.class);
        if (item.uuid() == null || item.uuid().isBlank()) {
            throw AnswerMapper.badResponse(200, null);
        }
        return item;
    }

    private JsonNode get(String apiKey, HttpUrl.Builder url) throws ApiException {
        Request request = OctoRedemptionClient.octoRequest(apiKey, new Request.Builder().url(url.build())).get().build();
        JsonNode answer = gateway.send(request, AnswerMapper.Family.OCTO, gateway.type(JsonNode.class));
        if (answer == null || answer.isNull()) {
            throw AnswerMapper.badResponse(200, null);
        }
        return answer;
    }
}

package com.loungedesk.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A provider push, as received: a walk-in redemption (status 2 created / 3 cancelled) or a prebooking
 * status change (previous -> current). Fields a kind does not carry are null / -1.
 */
public record PushEvent(String eventId, String eventType, String orderId, String programId, String dpId, int module,
                        int category, int status, int previousStatus, Instant orderCreatedDate, String usageDate,
                        Instant orderCancelledDate, Instant statusChangedDate, String transportHubName,
                        String resourceName, int cardholders, int guests, String remarks) {

    public static final String WALKIN = "walkin.redemption";
    public static final String PREBOOKING = "prebooking.statusChanged";

    public boolean isWalkIn() {
        return WALKIN.equals(eventType);
    }

    /** The status this event says the order now has. */
    public int newStatus() {
        return status;
    }

    /** When the change this event reports happened. */
    public Instant changedAt() {
        if (orderCancelledDate != null) {
            return orderCancelledDate;
        }
        return statusChangedDate != null ? statusChangedDate : orderCreatedDate;
    }

    /**
     * How a repeat of this event is recognised: by its {@code eventId} when it has one (the provider may
     * send the same order news again as a new event with its own id), otherwise by orderId + status +
     * the date of the change, which is all a DragonPass v2 payload carries.
     */
    public String dedupeKey() {
        if (eventId != null) {
            return eventId;
        }
        Instant at = changedAt();
        return "order:" + orderId + "|" + status + "|" + (at != null ? at.toString() : usageDate == null ? "" : usageDate);
    }

    /**
     * Reads a payload; throws {@link IllegalArgumentException} with a plain reason when it is not one.
     *
     * @param eventId the event's id as the signed token (or the recovery feed) gives it, or null when
     *                none was given (DragonPass v2 sends none); a body that carries an {@code eventId} of
     *                its own must agree with it, and is used when none was given
     */
    public static PushEvent parse(JsonNode n, String eventId) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("payload is not a JSON object");
        }
        String bodyEventId = text(n, "eventId", false);
        if (eventId != null && bodyEventId != null && !bodyEventId.equals(eventId)) {
            throw new IllegalArgumentException("event id in the body differs from the signed one");
        }
        eventId = eventId != null ? eventId : bodyEventId;
        if (eventId != null && (eventId.isBlank() || eventId.length() > 200)) {
            throw new IllegalArgumentException("event id is blank or longer than 200 characters");
        }
        String type = text(n, "eventType", true);
        if (!WALKIN.equals(type) && !PREBOOKING.equals(type)) {
            throw new IllegalArgumentException("unknown eventType");
        }
        boolean walkIn = WALKIN.equals(type);
        int status = walkIn ? integer(n, "status", true) : integer(n, "currentStatus", true);
        int previous = walkIn ? -1 : integer(n, "previousStatus", false);
        if (walkIn && status != 2 && status != 3) {
            throw new IllegalArgumentException("walk-in status must be 2 or 3");
        }
        JsonNode passengers = n.path("passengers");
        return new PushEvent(eventId, type, text(n, "orderId", true), text(n, "programId", false),
                text(n, "dpId", false), integer(n, "module", false), walkIn ? 1 : 2, status, previous,
                instant(n, "orderCreatedDate"), text(n, "usageDate", false), instant(n, "orderCancelledDate"),
                instant(n, "statusChangedDate"), text(n, "transportHubName", false),
                text(n, "resourceName", false), passengers.path("cardholder").asInt(walkIn ? 1 : 0),
                passengers.path("guests").asInt(0), text(n, "remarks", false));
    }

    private static String text(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing " + field);
            }
            return null;
        }
        if (!v.isValueNode() || v.asText().length() > 500) {
            throw new IllegalArgumentException(field + " is not a short text");
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing " + field);
            }
            return -1;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " is not a whole number");
        }
        return v.intValue();
    }

    private static Instant instant(JsonNode n, String field) {
        String s = text(n, field, false);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO-8601 time", e);
        }
    }
}

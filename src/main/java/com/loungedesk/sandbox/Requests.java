package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/** Strict reading of request fields: wrong types, bad lengths and odd characters are refused plainly. */
final class Requests {

    static final int MAX_REFERENCE = 200;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/+=#*@-]{1,200}");

    private Requests() {
    }

    /** A reference, barcode value or redemption code: printable ASCII, no quotes or spaces, 1..200 chars. */
    static String reference(String raw, String what) {
        if (raw == null) {
            throw ApiError.badRequest(what + " is missing.");
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            throw ApiError.badRequest(what + " is empty.");
        }
        if (value.length() > MAX_REFERENCE) {
            throw ApiError.badRequest(what + " is longer than " + MAX_REFERENCE + " characters.");
        }
        if (!REFERENCE.matcher(value).matches()) {
            throw ApiError.badRequest(what + " contains characters no pass reference has"
                    + " (allowed: letters A-Z, digits and . _ : / + = # * @ -).");
        }
        return value;
    }

    static String referenceField(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("\"" + field + "\" is missing.");
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest("\"" + field + "\" must be a string.");
        }
        return reference(node.asText(), "\"" + field + "\"");
    }

    static String text(ObjectNode body, String field, boolean required, int maxLength) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw ApiError.badRequest("\"" + field + "\" is missing.");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest("\"" + field + "\" must be a string.");
        }
        String value = node.asText();
        if (required && value.isBlank()) {
            throw ApiError.badRequest("\"" + field + "\" is empty.");
        }
        if (value.length() > maxLength) {
            throw ApiError.badRequest("\"" + field + "\" is longer than " + maxLength + " characters.");
        }
        if (value.indexOf('\0') >= 0) {
            throw ApiError.badRequest("\"" + field + "\" contains a NUL character.");
        }
        return value;
    }

    /**
     * A count that must be a non-negative integer; absent means {@code fallback}. A count too big
     * for an int comes back as {@link Integer#MAX_VALUE}, so the caller's upper bound refuses it.
     */
    static int count(ObjectNode body, String field, int fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber()) {
            throw ApiError.badRequest("\"" + field + "\" must be a whole number.");
        }
        if (node.bigIntegerValue().signum() < 0) {
            throw ApiError.badRequest("\"" + field + "\" must not be negative.");
        }
        return node.canConvertToInt() ? node.intValue() : Integer.MAX_VALUE;
    }

    static int boundedCount(ObjectNode body, String field, int fallback, int min, int max) {
        int value = count(body, field, fallback);
        if (value < min || value > max) {
            throw ApiError.badRequest("\"" + field + "\" must be between " + min + " and " + max + ".");
        }
        return value;
    }
}

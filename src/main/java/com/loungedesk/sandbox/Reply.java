package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An answer ready to send (and to store for idempotent replay): status and exact body bytes. */
record Reply(int status, byte[] body) {

    /** The two shapes of answers: OCTO's bare JSON, and the /orders envelope. */
    enum Family { OCTO, ENVELOPE }

    static Reply json(JsonNode node) {
        return new Reply(200, Json.bytes(node));
    }

    static Reply envelope(JsonNode data) {
        ObjectNode n = Json.object();
        n.put("code", 0);
        n.put("message", "success");
        n.set("data", data);
        return new Reply(200, Json.bytes(n));
    }

    static Reply error(Family family, ErrorKind kind, String message) {
        return error(family, kind, message, null, null);
    }

    private static Reply error(Family family, ErrorKind kind, String message, String field, String fieldValue) {
        ObjectNode n = Json.object();
        if (family == Family.OCTO) {
            n.put("error", kind.octoCode);
            n.put("errorMessage", message);
            if (field != null) {
                n.put(field, fieldValue);
            }
            return new Reply(kind.octoStatus, Json.bytes(n));
        }
        n.put("code", kind.envelopeCode);
        n.put("message", message);
        n.putNull("data");
        return new Reply(kind.envelopeStatus, Json.bytes(n));
    }

    static Reply error(Family family, ApiError e) {
        return error(family, e.kind, e.getMessage(), e.field, e.fieldValue);
    }
}

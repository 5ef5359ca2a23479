package com.loungedesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.api.ApiException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * The one place that turns what the backend answered (or failed to) into a value or a typed
 * {@link ApiException} with a sentence a person can read. Raw exception texts never reach people.
 */
public final class AnswerMapper {

    /** How a backend shapes its answers: OCTO (plain values, errors as {error, errorMessage}) or the orders envelope. */
    public enum Family { OCTO, ORDERS }

    private final ObjectMapper json;

    AnswerMapper(ObjectMapper json) {
        this.json = json;
    }

    /** Maps a complete answer: 2xx to the value, anything else to an error. */
    <T> T answer(Family family, int status, String body, JavaType type) throws ApiException {
        return family == Family.OCTO ? octo(status, body, type) : orders(status, body, type);
    }

    private <T> T octo(int status, String body, JavaType type) throws ApiException {
        JsonNode error = status >= 200 && status < 300 ? errorIn(body) : tree(body);
        if (status >= 200 && status < 300 && error == null) {
            return parse(body, type, status);
        }
        String code = error == null ? "" : error.path("error").asText("");
        String message = error == null ? "" : error.path("errorMessage").asText("");
        Kind kind = switch (code) {
            case "UNAUTHORIZED", "FORBIDDEN" -> Kind.UNAUTHORIZED;
            case "NOT_CANCELLABLE" -> Kind.CONFLICT;
            case "INVALID_BOOKING_UUID" -> Kind.NOT_FOUND;
            case "INTERNAL_SERVER_ERROR" -> Kind.SERVER;
            case "" -> byStatus(status);
            default -> status >= 500 ? Kind.SERVER : Kind.REFUSED;
        };
        throw new ApiException(kind, code, status, sentence(message, kind, status));
    }

    private <T> T orders(int status, String body, JavaType type) throws ApiException {
        JsonNode envelope = tree(body);
        if (envelope == null || !envelope.isObject() || !envelope.has("code")) {
            if (status >= 200 && status < 300) {
                throw badResponse(status, null);
            }
            Kind kind = byStatus(status);
            throw new ApiException(kind, "", status, sentence("", kind, status));
        }
        int code = envelope.path("code").asInt(-1);
        String message = envelope.path("message").asText("");
        if (code == 0 && status >= 200 && status < 300) {
            JsonNode data = envelope.get("data");
            if (data == null || data.isNull()) {
                throw badResponse(status, null);
            }
            try {
                return json.readerFor(type).readValue(data);
            } catch (IOException e) {
                throw badResponse(status, e);
            }
        }
        Kind kind = switch (code) {
            case 40001 -> Kind.REFUSED;
            case 40101 -> Kind.UNAUTHORIZED;
            case 40401 -> Kind.NOT_FOUND;
            case 40901 -> Kind.CONFLICT;
            case 50001 -> Kind.SERVER;
            default -> status >= 300 ? byStatus(status) : Kind.REFUSED;
        };
        throw new ApiException(kind, String.valueOf(code), status, sentence(message, kind, status));
    }

    /** An OCTO error body sent with a 2xx status ({@code error} and {@code errorMessage}), or null. */
    private JsonNode errorIn(String body) {
        if (body == null || body.indexOf("\"error\"") < 0) {
            return null;
        }
        JsonNode tree = tree(body);
        return tree != null && tree.isObject() && tree.path("error").isTextual() && tree.has("errorMessage")
                ? tree : null;
    }

    private <T> T parse(String body, JavaType type, int status) throws ApiException {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw badResponse(status, e);
        }
    }

    private JsonNode tree(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public static ApiException badResponse(int status, Exception cause) {
        return new ApiException(Kind.BAD_RESPONSE, "", status,
                "The backend's answer could not be read (not the expected JSON).", cause);
    }

    static Kind byStatus(int status) {
        if (status == 401 || status == 403) {
            return Kind.UNAUTHORIZED;
        }
        if (status == 404) {
            return Kind.NOT_FOUND;
        }
        if (status == 409) {
            return Kind.CONFLICT;
        }
        if (status == 429 || status == 503) {
            return Kind.BUSY;
        }
        return status >= 500 ? Kind.SERVER : status >= 300 ? Kind.REFUSED : Kind.BAD_RESPONSE;
    }

    /** The backend's own message when it sent a usable one, else a sentence for the kind. */
    static String sentence(String serverMessage, Kind kind, int status) {
        String clean = serverMessage == null ? "" : serverMessage.replaceAll("\\p{Cntrl}", " ").strip();
        if (!clean.isEmpty()) {
            return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
        }
        return switch (kind) {
            case UNAUTHORIZED -> "The backend refused this desk's supplier key (HTTP " + status + ").";
            case NOT_FOUND -> "The backend does not know what was asked for (HTTP " + status + ").";
            case CONFLICT -> "The backend refused the change: it is not allowed in the current state.";
            case BUSY -> "The backend is busy (HTTP " + status + "); try again in a moment.";
            case SERVER -> "The backend failed to handle the request (HTTP " + status + ").";
            default -> "The backend refused the request (HTTP " + status + ").";
        };
    }

    /** A failure with no complete answer: the outcome of a mutating call is unknown. */
    static ApiException transport(IOException e, String hostPort) {
        String message;
        if (e instanceof UnknownHostException) {
            message = "The backend host " + hostPort + " could not be found (DNS).";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            message = "Could not connect to the backend at " + hostPort + ".";
        } else if (e instanceof SSLException) {
            message = "A secure connection to " + hostPort + " could not be made (certificate or handshake failed).";
        } else if (e instanceof InterruptedIOException) {
            message = "The backend at " + hostPort + " did not answer in time.";
        } else {
            message = "The connection to the backend at " + hostPort + " was lost before an answer arrived.";
        }
        return new ApiException(Kind.UNREACHABLE, "", 0, message, e);
    }
}

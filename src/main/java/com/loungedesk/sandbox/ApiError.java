package com.loungedesk.sandbox;

/** A refusal with a message a person can read; rendered in the shape of the call's family. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final ErrorKind kind;
    /** OCTO's one code-specific field of an error body (such as {@code uuid}), or null. */
    final String field;
    final String fieldValue;

    ApiError(ErrorKind kind, String message) {
        this(kind, message, null, null);
    }

    private ApiError(ErrorKind kind, String message, String field, String fieldValue) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
        this.fieldValue = fieldValue;
    }

    /** OCTO's INVALID_BOOKING_UUID, naming the uuid it was given. */
    static ApiError invalidBookingUuid(String uuid) {
        return new ApiError(ErrorKind.INVALID_BOOKING_UUID, "There is no booking with uuid \"" + uuid + "\".",
                "uuid", uuid);
    }

    static ApiError badRequest(String message) {
        return new ApiError(ErrorKind.BAD_REQUEST, message);
    }

    static ApiError unprocessable(String message) {
        return new ApiError(ErrorKind.UNPROCESSABLE_ENTITY, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(ErrorKind.NOT_FOUND, message);
    }
}

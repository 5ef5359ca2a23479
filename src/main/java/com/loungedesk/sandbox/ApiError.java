package com.loungedesk.sandbox;

/** A refusal with a message a person can read; rendered in the shape of the call's family. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final ErrorKind kind;

    ApiError(ErrorKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
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

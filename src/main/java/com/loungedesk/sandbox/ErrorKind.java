package com.loungedesk.sandbox;

/**
 * Every refusal the sandbox can give, with its shape on each family of calls: OCTO answers
 * {@code {"error","errorMessage"}} with HTTP 400 (404 unknown path, 413 body too large); the order
 * and sandbox calls answer the envelope with their own HTTP status and numeric code.
 */
enum ErrorKind {
    BAD_REQUEST("BAD_REQUEST", 400, 400, 40001),
    UNAUTHORIZED("UNAUTHORIZED", 400, 401, 40101),
    FORBIDDEN("FORBIDDEN", 400, 401, 40101),
    NOT_FOUND("BAD_REQUEST", 404, 404, 40401),
    INVALID_REDEMPTION_CODE("INVALID_REDEMPTION_CODE", 400, 404, 40401),
    INVALID_BOOKING_UUID("INVALID_BOOKING_UUID", 400, 404, 40401),
    ALREADY_REDEEMED("ALREADY_REDEEMED", 400, 409, 40901),
    UNPROCESSABLE_ENTITY("UNPROCESSABLE_ENTITY", 400, 400, 40001),
    NOT_CANCELLABLE("NOT_CANCELLABLE", 400, 409, 40901),
    ILLEGAL_TRANSITION("NOT_CANCELLABLE", 400, 409, 40901),
    IDEMPOTENCY_CONFLICT("BAD_REQUEST", 400, 409, 40901),
    TOO_LARGE("BAD_REQUEST", 413, 413, 40001),
    INTERNAL("INTERNAL_SERVER_ERROR", 400, 500, 50001);

    final String octoCode;
    final int octoStatus;
    final int envelopeStatus;
    final int envelopeCode;

    ErrorKind(String octoCode, int octoStatus, int envelopeStatus, int envelopeCode) {
        this.octoCode = octoCode;
        this.octoStatus = octoStatus;
        this.envelopeStatus = envelopeStatus;
        this.envelopeCode = envelopeCode;
    }
}

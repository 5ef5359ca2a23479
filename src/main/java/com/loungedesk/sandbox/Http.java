package com.loungedesk.sandbox;

import io.javalin.http.Context;

/** Small helpers shared by the route classes. */
final class Http {

    static final String JSON = "application/json; charset=utf-8";

    private Http() {
    }

    static void send(Context ctx, Reply reply) {
        ctx.status(reply.status()).contentType(JSON).result(reply.body());
    }

    /** The raw body, at most {@link SandboxServer#MAX_BODY_BYTES} whatever the transfer encoding (more gives 413). */
    static byte[] body(Context ctx) {
        return RequestBody.read(ctx, SandboxServer.MAX_BODY_BYTES);
    }

    static String fingerprint(Context ctx, byte[] body) {
        return Idempotency.fingerprint(ctx.method().name(), ctx.path(), body);
    }

    /** A path parameter that names an order (same character rules as references). */
    static String orderId(Context ctx) {
        return Requests.reference(ctx.pathParam("orderId"), "order id");
    }
}

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

    /** The raw body (limited in size by the server; too large gives 413). */
    static byte[] body(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        return body == null ? new byte[0] : body;
    }

    static String fingerprint(Context ctx, byte[] body) {
        return Idempotency.fingerprint(ctx.method().name(), ctx.path(), body);
    }

    /** A path parameter that names an order (same character rules as references). */
    static String orderId(Context ctx) {
        return Requests.reference(ctx.pathParam("orderId"), "order id");
    }
}

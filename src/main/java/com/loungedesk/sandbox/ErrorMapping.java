package com.loungedesk.sandbox;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to the contract's error shape of the path's family: refusals as they are,
 * unknown paths as 404, oversized bodies as 413, anything unexpected as an internal error that is
 * logged with its stack trace. Nothing escapes as a bare 500 page.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    /** Our contract: OCTO errors under {@code /octo}, the envelope everywhere else. */
    static void install(Javalin app) {
        install(app, ErrorMapping::family);
    }

    /** A plain OCTO supplier: OCTO errors on every path. */
    static void installOcto(Javalin app) {
        install(app, ctx -> Reply.Family.OCTO);
    }

    private static void install(Javalin app, Function<Context, Reply.Family> family) {
        app.exception(ApiError.class, (e, ctx) -> {
            LOG.debug("{} {} refused: {} {}", ctx.method(), ctx.path(), e.kind, e.getMessage());
            Http.send(ctx, Reply.error(family.apply(ctx), e));
        });
        app.exception(HttpResponseException.class, (e, ctx) -> Http.send(ctx, fromHttp(ctx, family.apply(ctx),
                e.getStatus())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            Http.send(ctx, Reply.error(family.apply(ctx), ErrorKind.INTERNAL,
                    "The sandbox hit an internal error; it is logged. Please try again."));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Http.send(ctx, fromHttp(ctx, family.apply(ctx), 404));
            }
        });
    }

    private static Reply fromHttp(Context ctx, Reply.Family family, int status) {
        if (status == 413) {
            return Reply.error(family, ErrorKind.TOO_LARGE, "The request body is larger than "
                    + SandboxServer.MAX_BODY_BYTES / 1024 + " KB.");
        }
        if (status == 404 || status == 405) {
            return Reply.error(family, ErrorKind.NOT_FOUND, "No such endpoint: " + ctx.method() + " " + ctx.path());
        }
        if (status >= 500) {
            return Reply.error(family, ErrorKind.INTERNAL, "The sandbox could not answer (HTTP " + status + ").");
        }
        return Reply.error(family, ErrorKind.BAD_REQUEST, "The request was refused (HTTP " + status + ").");
    }

    static Reply.Family family(Context ctx) {
        return ctx.path().startsWith("/octo") ? Reply.Family.OCTO : Reply.Family.ENVELOPE;
    }
}

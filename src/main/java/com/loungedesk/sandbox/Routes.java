package com.loungedesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;

/** The shared shape of a changing call: parse the body, do the work, all in one idempotent transaction. */
final class Routes {

    /** Work on a parsed JSON body inside the transaction. */
    interface BodyWork {
        Reply run(Connection c, ObjectNode body) throws SQLException;
    }

    private Routes() {
    }

    static void idempotent(SandboxServices s, Context ctx, int account, Reply.Family family, BodyWork work) {
        String key = Idempotency.key(ctx.header("Idempotency-Key"));
        byte[] raw = Http.body(ctx);
        String fingerprint = Http.fingerprint(ctx, raw);
        Parsed parsed = Parsed.of(raw);
        Reply reply = s.db.tx(c -> s.idempotency.run(c, account, key, fingerprint, family,
                cc -> work.run(cc, parsed.body())));
        Http.send(ctx, reply);
    }

    /**
     * The body parsed before the transaction (less work on the single writer); a body that does not
     * parse is refused inside it, so the refusal is stored under the Idempotency-Key like any other.
     */
    private record Parsed(ObjectNode object, ApiError refusal) {
        static Parsed of(byte[] raw) {
            try {
                return new Parsed(Json.readObjectOrEmpty(raw), null);
            } catch (ApiError e) {
                return new Parsed(null, e);
            }
        }

        ObjectNode body() {
            if (refusal != null) {
                throw refusal;
            }
            return object;
        }
    }
}

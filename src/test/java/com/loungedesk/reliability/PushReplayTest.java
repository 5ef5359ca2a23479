package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.loungedesk.api.ApiConfig;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.Json;
import com.loungedesk.api.OrdersClient;
import com.loungedesk.app.PushOrders;
import com.loungedesk.orders.OrderChange;
import com.loungedesk.orders.OrderStatus;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.push.PushLedger;
import com.loungedesk.push.PushReceiver;
import com.loungedesk.push.PushVerifier;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gap PushReceiverTest leaves: the same order news (orderId + status) sent again as a NEW event
 * (fresh eventId, fresh jti, validly signed) passes the receiver, but the tracker it feeds applies it
 * once; and an older status pushed after a newer one never moves the order back (mapped to the tracker as
 * the console maps it, {@code PushOrders}).
 */
class PushReplayTest {

    @TempDir
    Path dir;

    private static String walkin(String eventId, String orderId, int status) {
        return "{\"eventType\":\"walkin.redemption\",\"eventId\":\"" + eventId + "\",\"orderId\":\"" + orderId
                + "\",\"programId\":\"p\",\"dpId\":\"8888000066668888\",\"module\":1,\"category\":1,\"status\":" + status
                + ",\"orderCreatedDate\":\"2026-11-23T10:00:00+00:00\",\"usageDate\":\"2026-11-23T10:00:00\","
                + "\"orderCancelledDate\":" + (status == 3 ? "\"2026-11-23T10:05:00+00:00\"" : "null")
                + ",\"transportHubId\":\"A1\",\"transportHubName\":\"Hub\",\"resourceId\":\"N1\",\"resourceName\":\"Lounge\","
                + "\"passengers\":{\"cardholder\":1,\"guests\":0}}";
    }

    private static String token(RSAKey key, String body, String eventId) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(PushVerifier.ISSUER).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("eventId", eventId).claim("bodySha256", PushVerifier.bodyHash(body)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void theSameOrderNewsAsAFreshEventIsAcceptedButAppliedOnceAndOldNewsNeverMovesItBack() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        JWKSet published = new JWKSet(key.toPublicJWK());
        JWKSource<SecurityContext> keys = (selector, ctx) -> selector.select(published);
        List<OrderChange> applied = new CopyOnWriteArrayList<>();
        OkHttpClient http = new OkHttpClient();
        try (HttpGateway gateway = new HttpGateway(ApiConfig.of("http://127.0.0.1:9", false), Json.mapper());
             OrderTracker tracker = new OrderTracker(new OrdersClient(gateway), List.of("k"), OrderTracker.Settings.defaults(),
                     Clock.systemUTC(), () -> 0);
             PushLedger ledger = new PushLedger(dir.resolve("push.db"));
             PushReceiver receiver = new PushReceiver(new PushVerifier(keys), ledger,
                     e -> applied.addAll(tracker.acceptPushed(PushOrders.toUsageOrder(e))), Clock.systemUTC()).start("127.0.0.1", 0)) {
            String[][] deliveries = {{"evt_1", "2"}, {"evt_2", "2"}, {"evt_3", "3"}, {"evt_4", "3"}, {"evt_5", "2"}};
            for (String[] d : deliveries) {
                String body = walkin(d[0], "DP9", Integer.parseInt(d[1]));
                Request r = new Request.Builder().url("http://127.0.0.1:" + receiver.port() + PushReceiver.PATH)
                        .header("Authorization", "Bearer " + token(key, body, d[0]))
                        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
                try (Response response = http.newCall(r).execute()) {
                    assertEquals(200, response.code(), "a validly signed new event is acknowledged");
                }
            }
            assertEquals(5, ledger.eventCount(), "five distinct events recorded");
            assertEquals(2, applied.size(), "added once, cancelled once: " + applied);
            assertEquals(OrderStatus.CANCELLED, tracker.tracked("DP9").orElseThrow().order().status());
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}

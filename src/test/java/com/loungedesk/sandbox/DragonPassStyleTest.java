package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.loungedesk.push.PushKeys;
import com.loungedesk.push.PushVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sandbox signing pushes the DragonPass v2 way ({@code --push-style dragonpass}): the token is the
 * body, its payload the event plus iss/iat/exp; two live keys used at random; one retired; the public
 * keys written as PEM files that the desk's own verifier accepts.
 */
class DragonPassStyleTest extends SandboxTestBase {

    @Override
    SandboxConfig config(Path db) {
        return SandboxConfig.of(db).withPush(PushSettings.DEFAULT.withFirstRetryDelay(Duration.ofMillis(200))
                .withStyle(PushStyle.DRAGONPASS).withPublicKeysDir(db.resolveSibling("keys")));
    }

    private Path keys() {
        return dir.resolve("keys");
    }

    private List<Path> pems() throws Exception {
        try (Stream<Path> files = Files.list(keys())) {
            return files.filter(p -> p.toString().endsWith(".pem")).sorted().toList();
        }
    }

    private PushVerifier desk() throws Exception {
        return new PushVerifier(PushKeys.fromPemFiles(pems().stream().map(p -> new PushKeys.KeyFile(null, p)).toList()));
    }

    private void subscribe(PushReceiver receiver) {
        assertEquals(200, client.post("/sandbox/subscribers", "{\"url\":\"" + receiver.url()
                + "\",\"events\":[\"walkin.redemption\",\"prebooking.statusChanged\"]}", KEY, null).status());
    }

    private static String kid(PushReceiver.Push push) throws Exception {
        return SignedJWT.parse(push.body()).getHeader().getKeyID();
    }

    @Test
    void aPushIsTheSignedEventAsBodyAndTheDesksVerifierAcceptsItWithThePemKey() throws Exception {
        assertEquals(1, pems().size(), "the first key was written at start");
        try (PushReceiver receiver = new PushReceiver(n -> PushReceiver.SUCCESS).start(0)) {
            subscribe(receiver);
            String orderId = redeemOnce(DemoPasses.WALKIN_EPASS, 1).json().get("orderId").asText();
            receiver.awaitPushes(1);
            PushReceiver.Push push = receiver.pushes.get(0);
            assertNull(push.token(), "no Authorization header");
            assertNull(push.eventId(), "no X-Event-Id header");
            SignedJWT jwt = SignedJWT.parse(push.body());
            assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
            assertEquals(PushKeys.kidOf(pems().get(0)), jwt.getHeader().getKeyID());
            JsonNode payload = SandboxClient.MAPPER.readTree(jwt.getPayload().toString());
            assertEquals("dragonpass", payload.get("iss").asText());
            assertTrue(payload.get("exp").asLong() - payload.get("iat").asLong() <= 600);
            for (String absent : List.of("jti", "eventId", "bodySha256", "aud")) {
                assertFalse(payload.has(absent), absent);
            }
            assertEquals("walkin.redemption", payload.get("eventType").asText());
            assertEquals(orderId, payload.get("orderId").asText());
            assertEquals(1, payload.get("passengers").get("guests").asInt());

            PushVerifier.Verified verified = desk().verify(null, push.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(PushVerifier.Carrier.BODY, verified.carrier());
            assertNull(verified.jti());
            assertEquals(orderId, verified.event().get("orderId").asText());
        }
    }

    @Test
    void duringAnOverlapBothKeysSignAtRandomAndAfterRetiringOneOnlyTheOtherSigns() throws Exception {
        try (PushReceiver receiver = new PushReceiver(n -> PushReceiver.SUCCESS).start(0)) {
            subscribe(receiver);
            String oldKid = PushKeys.kidOf(pems().get(0));
            assertEquals(200, client.post("/sandbox/keys/rotate", "", KEY, null).status());
            assertEquals(2, pems().size(), "both public keys are in the folder");
            assertEquals(409, client.post("/sandbox/keys/rotate", "", KEY, null).status(), "never three live keys");
            PushVerifier desk = desk();

            assertEquals(200, client.post("/sandbox/simulate/busy-day", "{\"orders\":24}", KEY, null).status());
            receiver.awaitPushes(24);
            Set<String> kids = new HashSet<>();
            for (PushReceiver.Push p : receiver.pushes) {
                kids.add(kid(p));
                desk.verify(null, p.body().getBytes(StandardCharsets.UTF_8));
            }
            assertEquals(2, kids.size(), "both keys signed (24 pushes at random: all on one key has odds 2^-23)");

            assertEquals(200, client.post("/sandbox/keys/retire", "{\"kid\":\"" + oldKid + "\"}", KEY, null).status());
            assertEquals(1, pems().size(), "the retired key's file is gone");
            assertFalse(pems().get(0).getFileName().toString().startsWith(oldKid));
            assertEquals(409, client.post("/sandbox/keys/retire", "{\"kid\":\"" + PushKeys.kidOf(pems().get(0))
                    + "\"}", KEY, null).status(), "the last live key stays");
            assertEquals(200, client.post("/sandbox/simulate/busy-day", "{\"orders\":10}", KEY, null).status());
            receiver.awaitPushes(34);
            for (PushReceiver.Push p : receiver.pushes.subList(24, 34)) {
                assertFalse(oldKid.equals(kid(p)), "a retired key never signs");
            }
        }
    }

    @Test
    void theHeaderVariantSendsTheSameTokenAsBearerAndTheEventAsJson() throws Exception {
        server.close();
        server = SandboxServer.start(SandboxConfig.of(dir.resolve("sandbox.db")).withPush(PushSettings.DEFAULT
                .withStyle(PushStyle.DRAGONPASS_HEADER).withPublicKeysDir(keys())));
        client = new SandboxClient(server.baseUrl());
        try (PushReceiver receiver = new PushReceiver(n -> PushReceiver.SUCCESS).start(0)) {
            subscribe(receiver);
            redeemOnce(DemoPasses.WALKIN_EPASS, 0);
            receiver.awaitPushes(1);
            PushReceiver.Push push = receiver.pushes.get(0);
            ObjectNode claims = (ObjectNode) SandboxClient.MAPPER.readTree(SignedJWT.parse(push.token()).getPayload()
                    .toString());
            claims.remove(List.of("iss", "iat", "exp"));
            assertEquals(push.json(), claims, "the body is exactly the event the token signs");
            PushVerifier.Verified verified = desk().verify("Bearer " + push.token(),
                    push.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(PushVerifier.Carrier.HEADER, verified.carrier());
        }
    }
}

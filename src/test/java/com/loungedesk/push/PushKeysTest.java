package com.loungedesk.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushKeysTest {

    @TempDir
    Path dir;

    @Test
    void pemFilesGiveOneKeyPerKidTheFileNameBeingTheKidWhenNoneIsGiven() throws Exception {
        Path a = new TestSigner("dp-a").writePem(dir);
        Path b = new TestSigner("dp-b").writePem(dir);
        List<JWK> keys = PushKeys.fromPemFiles(List.of(new PushKeys.KeyFile("custom-kid", a),
                new PushKeys.KeyFile("", b))).get(new JWKSelector(new JWKMatcher.Builder().build()), null);
        assertEquals(List.of("custom-kid", "dp-b"), keys.stream().map(JWK::getKeyID).toList());
        assertTrue(keys.stream().noneMatch(JWK::isPrivate));
    }

    @Test
    void badKeyFilesAreRefusedWithASentenceNamingTheFile() throws Exception {
        Path a = new TestSigner("a").writePem(dir);
        Path b = new TestSigner("b").writePem(dir);
        Path c = new TestSigner("c").writePem(dir);
        assertTrue(refusal(List.of(new PushKeys.KeyFile(null, a), new PushKeys.KeyFile(null, b),
                new PushKeys.KeyFile(null, c))).contains("at most 2"));
        assertTrue(refusal(List.of(new PushKeys.KeyFile("x", a), new PushKeys.KeyFile("x", b))).contains("same kid"));
        assertTrue(refusal(List.of(new PushKeys.KeyFile(null, dir.resolve("missing.pem")))).contains("missing.pem"));

        RSAKey full = new RSAKeyGenerator(2048).generate();
        Path priv = dir.resolve("private.pem");
        Files.writeString(priv, pem("PRIVATE KEY", full.toRSAPrivateKey().getEncoded()));
        assertTrue(refusal(List.of(new PushKeys.KeyFile(null, priv))).contains("private key"));

        RSAKey small = new RSAKeyGenerator(1024, true).generate();
        Path weak = dir.resolve("weak.pem");
        Files.writeString(weak, pem("PUBLIC KEY", small.toRSAPublicKey().getEncoded()));
        assertTrue(refusal(List.of(new PushKeys.KeyFile(null, weak))).contains("1024-bit"));

        Path garbage = dir.resolve("garbage.pem");
        Files.writeString(garbage, "hello");
        assertTrue(refusal(List.of(new PushKeys.KeyFile(null, garbage))).contains("no PEM block"));
    }

    @Test
    void aJwksUrlIsHttpsOrPlainHttpOnLoopbackOnly() {
        assertNotNull(PushKeys.fromJwksUrl("https://keys.example.com/jwks.json"));
        assertNotNull(PushKeys.fromJwksUrl("http://127.0.0.1:8080/.well-known/jwks.json"));
        assertNotNull(PushKeys.fromJwksUrl("http://localhost:8080/.well-known/jwks.json"));
        for (String bad : List.of("http://keys.example.com/jwks.json", "http://10.0.0.5/jwks.json",
                "http://127.0.0.1.example.com/jwks.json", "ftp://keys.example.com/jwks.json", "not a url")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PushKeys.fromJwksUrl(bad));
            assertTrue(e.getMessage().startsWith("Push keys:"), e.getMessage());
        }
    }

    private static String refusal(List<PushKeys.KeyFile> files) {
        return assertThrows(IllegalArgumentException.class, () -> PushKeys.fromPemFiles(files)).getMessage();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }
}

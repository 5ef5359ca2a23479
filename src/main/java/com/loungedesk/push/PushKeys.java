package com.loungedesk.push;

import com.loungedesk.util.Loopback;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider's public keys a push may be signed with. DragonPass exchanges them out of band as PEM
 * files, at most two at a time (the old and the new key overlap for one to two weeks), each named by
 * the {@code kid} its tokens carry; a JWKS URL is the other way (our own sandbox publishes one). Every
 * problem is refused with a sentence naming the file or URL, never silently skipped.
 */
public final class PushKeys {

    /** DragonPass keeps at most two key sets per event. */
    public static final int MAX_KEYS = 2;
    private static final long MAX_PEM_BYTES = 64 * 1024;
    private static final int MIN_RSA_BITS = 2048;
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private PushKeys() {
    }

    /** One PEM file and the kid its tokens name; a blank kid means the file name without {@code .pem}. */
    public record KeyFile(String kid, Path pem) {
        public KeyFile {
            kid = kid == null || kid.isBlank() ? kidOf(pem) : kid.strip();
        }
    }

    /** The kid a key file stands for when none is given: its name without the {@code .pem} ending. */
    public static String kidOf(Path pem) {
        String name = pem.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pem") ? name.substring(0, name.length() - 4) : name;
    }

    /** One or two RSA public keys from PEM files; throws {@link IllegalArgumentException} with a sentence. */
    public static JWKSource<SecurityContext> fromPemFiles(List<KeyFile> files) {
        if (files.isEmpty() || files.size() > MAX_KEYS) {
            throw new IllegalArgumentException("Push keys: give one or two PEM files (DragonPass uses at most "
                    + MAX_KEYS + " keys at a time), not " + files.size() + ".");
        }
        List<JWK> keys = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        for (KeyFile f : files) {
            if (!kids.add(f.kid())) {
                throw new IllegalArgumentException("Push keys: two key files have the same kid \"" + f.kid() + "\".");
            }
            keys.add(new RSAKey.Builder(readPublicKey(f.pem())).keyID(f.kid()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).build());
        }
        return new ImmutableJWKSet<>(new JWKSet(keys));
    }

    /**
     * Keys fetched from a JWKS URL (cached, refetched for a kid it does not know). Only https, or plain
     * http to this machine: keys fetched over plain http from elsewhere could be swapped on the way.
     */
    public static JWKSource<SecurityContext> fromJwksUrl(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Push keys: \"" + url + "\" is not a valid JWKS URL.", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("Push keys: \"" + url + "\" is not an http(s) JWKS URL.");
        }
        if (scheme.equals("http") && !Loopback.isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Push keys: plain http:// to " + uri.getHost()
                    + " is refused for a JWKS URL (keys could be swapped on the way): use https.");
        }
        try {
            return JWKSourceBuilder.<SecurityContext>create(uri.toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Push keys: \"" + url + "\" is not a valid JWKS URL.", e);
        }
    }

    /** Reads an RSA public key (or the key of an X.509 certificate) of at least 2048 bits from a PEM file. */
    static RSAPublicKey readPublicKey(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_PEM_BYTES) {
                throw new IllegalArgumentException("Push key file " + file + " is larger than a PEM key can be.");
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("Push key file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (text.contains("PRIVATE KEY-----")) {
            throw new IllegalArgumentException("Push key file " + file
                    + " holds a private key: a desk needs only the public key (openssl rsa -in KEY -pubout).");
        }
        Matcher m = PEM.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("Push key file " + file + " holds no PEM block (-----BEGIN ...-----).");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Push key file " + file + ": the PEM block is not base64.", e);
        }
        PublicKey key;
        try {
            key = switch (m.group(1)) {
                case "PUBLIC KEY" -> KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
                case "CERTIFICATE" -> CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
                case "RSA PUBLIC KEY" -> throw new IllegalArgumentException("Push key file " + file
                        + " holds a PKCS#1 key: convert it with openssl rsa -RSAPublicKey_in -in FILE -pubout.");
                default -> throw new IllegalArgumentException("Push key file " + file + " holds a " + m.group(1)
                        + ", not a PUBLIC KEY or CERTIFICATE.");
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Push key file " + file + " does not hold an RSA public key.", e);
        }
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException("Push key file " + file + " holds a " + key.getAlgorithm()
                    + " key; DragonPass signs with RSA (RS256).");
        }
        if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new IllegalArgumentException("Push key file " + file + " holds a " + rsa.getModulus().bitLength()
                    + "-bit RSA key; at least " + MIN_RSA_BITS + " bits are needed.");
        }
        return rsa;
    }
}

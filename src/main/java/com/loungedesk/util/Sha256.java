package com.loungedesk.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 in the few shapes the app needs: raw bytes, lowercase hex, base64url without padding. */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest (every Java runtime has SHA-256). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public static byte[] of(byte[] data) {
        return digest().digest(data);
    }

    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(of(data));
    }

    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }

    /** Base64url, no padding (the JOSE shape). */
    public static String base64Url(byte[] data) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(of(data));
    }
}

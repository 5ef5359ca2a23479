package com.loungedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No trust-all anywhere: no main source replaces the JDK's certificate or host-name checks (no custom
 * TrustManager, HostnameVerifier or socket factory, no "insecure" OkHttp switches). Together with
 * TransportFaultsTest (a self-signed certificate is refused) this keeps TLS verified normally.
 */
class NoTrustAllTest {

    private static final List<String> FORBIDDEN = List.of("X509TrustManager", "TrustManager[]", "checkServerTrusted",
            "HostnameVerifier", "hostnameVerifier(", "sslSocketFactory(", "TrustAll", "trustAll", "ALLOW_ALL",
            "NoopHostnameVerifier", "setDefaultSSLSocketFactory", "InsecureTrustManager", "TrustSelfSigned");

    @Test
    void noMainSourceDisablesCertificateOrHostNameChecks() throws IOException {
        Path main = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(main), "run from the project folder");
        List<String> found = new ArrayList<>();
        int files;
        try (Stream<Path> sources = Files.walk(main)) {
            List<Path> java = sources.filter(p -> p.toString().endsWith(".java")).toList();
            files = java.size();
            for (Path p : java) {
                String text = Files.readString(p);
                for (String f : FORBIDDEN) {
                    if (text.contains(f)) {
                        found.add(p + ": " + f);
                    }
                }
            }
        }
        assertTrue(files > 50, "the sources were really read: " + files);
        assertEquals(List.of(), found);
    }
}

package com.loungedesk.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

    @Test
    void plainHttpToARemoteHostIsRefusedUnlessAllowed() {
        ApiException e = assertThrows(ApiException.class, () -> ApiConfig.of("http://api.example.com", false).checkedBaseUrl());
        assertEquals(ApiException.Kind.CONFIG, e.kind());
        assertTrue(e.getMessage().startsWith("Plain http:// to api.example.com is refused"));
        assertDoesNotThrow(() -> ApiConfig.of("http://api.example.com", true).checkedBaseUrl());
        assertDoesNotThrow(() -> ApiConfig.of("https://api.example.com", false).checkedBaseUrl());
    }

    @Test
    void loopbackMayUsePlainHttp() {
        for (String url : new String[] {"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:8080", "http://127.3.2.1"}) {
            assertDoesNotThrow(() -> ApiConfig.of(url, false).checkedBaseUrl(), url);
        }
        assertThrows(ApiException.class, () -> ApiConfig.of("http://10.0.0.1", false).checkedBaseUrl());
    }

    @Test
    void aMalformedUrlIsRefusedWithASentence() {
        ApiException e = assertThrows(ApiException.class, () -> ApiConfig.of("ftp:/x", false).checkedBaseUrl());
        assertEquals("The backend address \"ftp:/x\" is not a valid http(s) URL.", e.getMessage());
    }

    @Test
    void retryAfterReadsSecondsAndDatesAndDefaultsToOneSecond() {
        assertEquals(Duration.ofSeconds(7), HttpGateway.retryAfter("7"));
        assertEquals(Duration.ofSeconds(1), HttpGateway.retryAfter(null));
        assertEquals(Duration.ofSeconds(1), HttpGateway.retryAfter("soon"));
        assertEquals(Duration.ZERO, HttpGateway.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    }
}

package com.loungedesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every request names the desk's language (OCTO's Accept-Language request header), English as fallback. */
class AcceptLanguageTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private String sentFor(String language) throws Exception {
        ApiConfig config = new ApiConfig(server.url("/").toString(), false, Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(10), 3, Duration.ofSeconds(2)).withLanguage(language);
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("[]"));
        try (HttpGateway gateway = new HttpGateway(config, Json.mapper())) {
            new OctoRedemptionClient(gateway).lookup("k1", "REF");
        }
        return server.takeRequest().getHeader("Accept-Language");
    }

    @Test
    void chineseDesksAskForChineseThenEnglish() throws Exception {
        assertEquals("zh-CN, en;q=0.5", sentFor("zh-CN"));
    }

    @Test
    void englishDesksAskForEnglish() throws Exception {
        assertEquals("en", sentFor("en"));
    }

    @Test
    void noLanguageSendsNoHeader() throws Exception {
        assertNull(sentFor(""));
    }
}

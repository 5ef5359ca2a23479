package com.loungedesk.sandbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Starts a real sandbox on a free loopback port over a fresh SQLite file for each test. */
abstract class SandboxTestBase {

    static final String KEY = DemoPasses.DEMO_KEY;
    static final String PARTNER = DemoPasses.PARTNER_KEY;

    @TempDir
    Path dir;
    SandboxServer server;
    SandboxClient client;

    static {
        quietLogs();
    }

    @BeforeEach
    void startSandbox() {
        server = SandboxServer.start(config(dir.resolve("sandbox.db")));
        client = new SandboxClient(server.baseUrl());
    }

    /** The configuration each test's sandbox starts with. */
    SandboxConfig config(Path db) {
        return SandboxConfig.of(db);
    }

    @AfterEach
    void stopSandbox() {
        if (server != null) {
            server.close();
        }
        client.http.dispatcher().executorService().shutdown();
        client.http.connectionPool().evictAll();
    }

    static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        }
    }

    static String body(String fieldsJson) {
        return "{" + fieldsJson + "}";
    }

    SandboxClient.Answer redeemOnce(String code, int guests) {
        return client.redeem(KEY, "{\"redemptionCode\":" + SandboxClient.quote(code) + ",\"guests\":" + guests + "}");
    }
}

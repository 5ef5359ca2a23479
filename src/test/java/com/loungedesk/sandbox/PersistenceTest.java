package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path dir;

    static {
        SandboxTestBase.quietLogs();
    }

    @Test
    void aStoppedSandboxKeepsItsDataAndIsNotSeededTwice() throws Exception {
        Path db = dir.resolve("keep.db");
        String orderId;
        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(db))) {
            orderId = new SandboxClient(server.baseUrl()).redeem(DemoPasses.DEMO_KEY,
                    "{\"redemptionCode\":\"" + DemoPasses.WALKIN_EPASS + "\"}").json().get("orderId").asText();
        }
        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(db))) {
            SandboxClient client = new SandboxClient(server.baseUrl());
            assertEquals(2, client.get("/orders/" + orderId, DemoPasses.DEMO_KEY).data().get("status").asInt());
            assertEquals(2, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS,
                    DemoPasses.DEMO_KEY).json().get(0).get("pass").get("entitlementsLeft").asInt());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet journal = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertTrue(journal.next());
            assertEquals("wal", journal.getString(1));
            assertEquals(Schema.latestVersion(), Schema.version(c));
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedPlainly() throws Exception {
        Path db = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("PRAGMA user_version = 99");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SandboxServer.start(SandboxConfig.of(db)));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void configRefusesNonsense() {
        SandboxConfig ok = SandboxConfig.of(dir.resolve("x.db"));
        assertEquals("127.0.0.1", ok.host());
        assertEquals(DemoPasses.DEMO_KEYS, ok.apiKeys());
        assertTrue(!ok.exposed());
        assertTrue(ok.withHost("0.0.0.0").exposed());
        assertThrows(IllegalArgumentException.class, () -> ok.withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> ok.withApiKeys(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ok.withApiKeys(List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> ok.withApiKeys(List.of(" ")));
    }

    @Test
    void withoutSimulationsTheSandboxCallsAre404() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("s.db")).withSimulations(false))) {
            SandboxClient.Answer a = new SandboxClient(server.baseUrl()).post("/sandbox/reset", "", DemoPasses.DEMO_KEY, null);
            assertEquals(404, a.status());
            assertEquals(40401, a.json().get("code").asInt());
        }
    }
}

package com.loungedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import com.loungedesk.sandbox.SandboxType;
import com.loungedesk.ui.testkit.SwitchableProxy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless commands with --backend-type octo against the sandbox playing a plain OCTO supplier. */
class OctoSupplierCliTest {

    private static final String FAMILY = "OCTO-FAMILY-2A1C";
    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private SwitchableProxy relay;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("loungedesk.home", dir.resolve("home").toString());
        sandbox = SandboxServer.start(SandboxConfig.of(dir.resolve("octo.db")).withType(SandboxType.OCTO, "/octo/v1"));
        relay = new SwitchableProxy(sandbox.baseUrl());
    }

    @AfterEach
    void stop() throws Exception {
        relay.close();
        sandbox.close();
        System.clearProperty("loungedesk.home");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--backend", relay.url("/octo/v1"), "--backend-type", "octo", "--api-key",
                DemoPasses.DEMO_KEY, "--data-dir", dir.resolve("data").toString(), "--operator", "ana"));
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void lookupRedeemAndOrdersWorkOnAPlainOctoSupplier() {
        assertEquals(0, run("lookup", FAMILY), err.toString());
        assertTrue(out.toString().contains(FAMILY + "-3"), out.toString());
        assertEquals(2, run("redeem", FAMILY), "a party of three: choose who enters");
        assertEquals(0, run("redeem", FAMILY, "--booking", FAMILY + "-1", "--booking", FAMILY + "-2"), err.toString());
        assertTrue(out.toString().startsWith("VALID"), out.toString());
        assertEquals(2, run("redeem", FAMILY, "--booking", FAMILY + "-1"));
        assertTrue(err.toString().startsWith("ALREADY_USED"), err.toString());
        assertEquals(2, run("redeem", "OCTO-SOLO-1A", "--guests", "1"), "no guests on an OCTO booking");
        assertEquals(0, run("orders"), err.toString());
        Matcher used = Pattern.compile("(?m)^(\\S+)\\s+BOOKING\\s+USED\\s+" + FAMILY).matcher(out.toString());
        assertTrue(used.find(), out.toString());
        assertTrue(out.toString().contains("NOSHOW"), out.toString());
        String uuid = used.group(1);
        TestSupervisors.enroll(dir.resolve("data"), "sup-1", "2468");
        System.setIn(new java.io.ByteArrayInputStream("1111\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(2, run("cancel", uuid, "--reason", "duplicate_scan", "--supervisor", "sup-1", "--pin-stdin"),
                "a wrong PIN sends nothing");
        System.setIn(new java.io.ByteArrayInputStream("2468\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(0, run("cancel", uuid, "--reason", "duplicate_scan", "--supervisor", "sup-1", "--pin-stdin"),
                err.toString());
        assertEquals(0, run("lookup", FAMILY), err.toString());
        assertTrue(!out.toString().contains("REDEEMED"), "un-redeemed: every person may enter again: " + out);
        assertTrue(relay.requests().stream().allMatch(r -> r.split(" ")[1].startsWith("/octo/v1/")), relay.requests()
                .toString());
    }

    @Test
    void anUnknownBackendTypeIsAUsageErrorThatNamesTheChoices() {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(2, cli.execute("orders", "--backend-type", "ventrata", "--backend", relay.url("/octo")));
        assertTrue(err.toString().contains("use loungedesk, octo or auto"), err.toString());
    }
}

package com.loungedesk.app;

import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.PushSettings;
import com.loungedesk.sandbox.PushStyle;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import com.loungedesk.sandbox.SandboxType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loungedesk sandbox}: runs the sandbox backend standalone until Ctrl-C / SIGTERM. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Runs the sandbox backend (OCTO redemption, usage orders, sandbox calls) with demo passes.",
            "Prints one line 'listening on http://HOST:PORT' once it accepts connections;"
                + " with --type octo a second line gives the supplier's base URL (with its prefix)."})
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--api-key", paramLabel = "KEY",
            description = "A supplier API key; repeat for several suppliers. Default: the demo keys demo-key, demo-key-partner.")
    List<String> apiKeys;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite file for the data. Default: sandbox.db in the user's data folder.")
    Path db;

    @Option(names = "--host", defaultValue = SandboxConfig.LOOPBACK,
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--push-retry-delay", paramLabel = "MS", defaultValue = "1000",
            description = "Wait before the first push retry, in milliseconds; it doubles after each failure. Default: ${DEFAULT-VALUE}.")
    long pushRetryDelayMs;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "loungedesk",
            description = "What to play: loungedesk (our contract: OCTO redemption with extras, /orders, pushes)"
                + " or octo (a plain OCTO supplier, nothing more). Default: ${DEFAULT-VALUE}.")
    String type;

    @Option(names = "--prefix", paramLabel = "PATH", defaultValue = SandboxConfig.DEFAULT_OCTO_PREFIX,
            description = "With --type octo: where the supplier serves (/octo like Ventrata, /octo/v1 like Bokun)."
                + " Default: ${DEFAULT-VALUE}.")
    String prefix;

    @Option(names = "--push-style", paramLabel = "STYLE", defaultValue = "loungedesk",
            description = {"How pushes are signed and sent: loungedesk (JSON body, Bearer JWT with jti, eventId and"
                + " bodySha256, keys at /.well-known/jwks.json), dragonpass (as DragonPass v2: the RS256 JWT is the"
                + " body, its payload the event plus iss/iat/exp; two keys used at random during a rotation) or"
                + " dragonpass-header (that JWT as Bearer header, the event as JSON body). Default: ${DEFAULT-VALUE}."})
    String pushStyle;

    @Option(names = "--push-keys-dir", paramLabel = "DIR",
            description = "Write each live push public key to DIR/<kid>.pem (again after each rotate or retire), so a"
                + " desk can be given them as DragonPass gives its keys.")
    Path pushKeysDir;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SandboxConfig config;
        try {
            Path file = db != null ? db : AppPaths.forThisUser().dataDir().resolve("sandbox.db");
            List<String> keys = apiKeys == null || apiKeys.isEmpty() ? DemoPasses.DEMO_KEYS : apiKeys;
            if (SandboxType.parse(type) != SandboxType.OCTO && spec.commandLine().getParseResult().hasMatchedOption("--prefix")) {
                throw new IllegalArgumentException("--prefix only applies to --type octo");
            }
            config = new SandboxConfig(host, port, file, keys, true,
                    PushSettings.DEFAULT.withFirstRetryDelay(Duration.ofMillis(pushRetryDelayMs))
                            .withStyle(PushStyle.parse(pushStyle)).withPublicKeysDir(pushKeysDir))
                    .withType(SandboxType.parse(type), prefix);
        } catch (IllegalArgumentException e) {
            err.println("sandbox: " + e.getMessage());
            return 2;
        }
        if (config.exposed()) {
            err.println("WARNING: binding " + host + " makes the sandbox and its demo keys reachable from other machines.");
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(config);
        } catch (RuntimeException e) {
            err.println("sandbox: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        if (pushKeysDir != null) {
            err.println("push public keys (<kid>.pem) in " + pushKeysDir.toAbsolutePath());
        }
        out.println("listening on " + server.baseUrl());
        if (config.type() == SandboxType.OCTO) {
            out.println("plain OCTO supplier: base URL " + server.octoBaseUrl());
        }
        out.flush();
        stopped.await();
        return 0;
    }
}

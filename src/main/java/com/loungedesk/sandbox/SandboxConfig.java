package com.loungedesk.sandbox;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How to run a sandbox: where to listen (host, port; port 0 picks a free one), which SQLite file
 * to keep data in, and the supplier API keys (the n-th key owns supplier account n).
 *
 * @param simulations whether the {@code /sandbox/...} calls are served (404 otherwise)
 * @param push how push events are delivered to subscribers
 */
public record SandboxConfig(String host, int port, Path database, List<String> apiKeys, boolean simulations,
                            PushSettings push) {

    public static final String LOOPBACK = "127.0.0.1";

    public SandboxConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(push, "push");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        apiKeys = List.copyOf(apiKeys);
        if (apiKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one API key is needed");
        }
        if (apiKeys.stream().anyMatch(k -> k.isBlank() || k.length() > 200)) {
            throw new IllegalArgumentException("API keys must be 1..200 non-blank characters");
        }
        if (new HashSet<>(apiKeys).size() != apiKeys.size()) {
            throw new IllegalArgumentException("the same API key is given twice");
        }
    }

    public SandboxConfig(String host, int port, Path database, List<String> apiKeys, boolean simulations) {
        this(host, port, database, apiKeys, simulations, PushSettings.DEFAULT);
    }

    /** Loopback, a free port, the demo keys, simulations on. */
    public static SandboxConfig of(Path database) {
        return new SandboxConfig(LOOPBACK, 0, database, DemoPasses.DEMO_KEYS, true);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(host, newPort, database, apiKeys, simulations, push);
    }

    public SandboxConfig withHost(String newHost) {
        return new SandboxConfig(newHost, port, database, apiKeys, simulations, push);
    }

    public SandboxConfig withApiKeys(List<String> keys) {
        return new SandboxConfig(host, port, database, keys, simulations, push);
    }

    public SandboxConfig withSimulations(boolean on) {
        return new SandboxConfig(host, port, database, apiKeys, on, push);
    }

    public SandboxConfig withPush(PushSettings settings) {
        return new SandboxConfig(host, port, database, apiKeys, simulations, settings);
    }

    /** True when the server would be reachable from other machines. */
    public boolean exposed() {
        return !LOOPBACK.equals(host) && !"localhost".equalsIgnoreCase(host) && !"::1".equals(host);
    }
}

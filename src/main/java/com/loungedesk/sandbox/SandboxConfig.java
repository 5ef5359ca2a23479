package com.loungedesk.sandbox;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to run a sandbox: where to listen (host, port; port 0 picks a free one), which SQLite file
 * to keep data in, and the supplier API keys (the n-th key owns supplier account n).
 *
 * @param simulations whether the {@code /sandbox/...} calls are served (404 otherwise)
 * @param push how push events are delivered to subscribers
 * @param type what the sandbox plays: our contract (the default) or a plain OCTO supplier
 * @param octoPrefix where a plain OCTO supplier serves its calls ({@code /octo} like Ventrata,
 *     {@code /octo/v1} like Bokun); only used by {@link SandboxType#OCTO}
 */
public record SandboxConfig(String host, int port, Path database, List<String> apiKeys, boolean simulations,
                            PushSettings push, SandboxType type, String octoPrefix) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final String DEFAULT_OCTO_PREFIX = "/octo";
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    public SandboxConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(push, "push");
        Objects.requireNonNull(type, "type");
        octoPrefix = octoPrefix(octoPrefix);
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

    public SandboxConfig(String host, int port, Path database, List<String> apiKeys, boolean simulations,
                         PushSettings push) {
        this(host, port, database, apiKeys, simulations, push, SandboxType.LOUNGEDESK, DEFAULT_OCTO_PREFIX);
    }

    public SandboxConfig(String host, int port, Path database, List<String> apiKeys, boolean simulations) {
        this(host, port, database, apiKeys, simulations, PushSettings.DEFAULT);
    }

    /** Loopback, a free port, the demo keys, simulations on. */
    public static SandboxConfig of(Path database) {
        return new SandboxConfig(LOOPBACK, 0, database, DemoPasses.DEMO_KEYS, true);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(host, newPort, database, apiKeys, simulations, push, type, octoPrefix);
    }

    public SandboxConfig withHost(String newHost) {
        return new SandboxConfig(newHost, port, database, apiKeys, simulations, push, type, octoPrefix);
    }

    public SandboxConfig withApiKeys(List<String> keys) {
        return new SandboxConfig(host, port, database, keys, simulations, push, type, octoPrefix);
    }

    public SandboxConfig withSimulations(boolean on) {
        return new SandboxConfig(host, port, database, apiKeys, on, push, type, octoPrefix);
    }

    public SandboxConfig withPush(PushSettings settings) {
        return new SandboxConfig(host, port, database, apiKeys, simulations, settings, type, octoPrefix);
    }

    /** Plays {@code newType}; a plain OCTO supplier serves under {@code prefix} (null: {@code /octo}). */
    public SandboxConfig withType(SandboxType newType, String prefix) {
        return new SandboxConfig(host, port, database, apiKeys, simulations, push, newType, prefix);
    }

    /**
     * A path such as {@code /octo/v1}: one or more segments of letters, digits and {@code . _ ~ -}, a
     * trailing slash dropped, and not {@code /sandbox} (where the simulation calls are).
     */
    private static String octoPrefix(String prefix) {
        if (prefix == null) {
            return DEFAULT_OCTO_PREFIX;
        }
        String p = prefix.strip();
        if (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        if (!PREFIX.matcher(p).matches() || p.length() > 100) {
            throw new IllegalArgumentException("the OCTO prefix must be a path such as /octo or /octo/v1, not \""
                    + prefix + "\"");
        }
        if (p.equals("/sandbox") || p.startsWith("/sandbox/")) {
            throw new IllegalArgumentException("the OCTO prefix cannot be under /sandbox, where the simulation calls are");
        }
        return p;
    }

    /** True when the server would be reachable from other machines. */
    public boolean exposed() {
        return !LOOPBACK.equals(host) && !"localhost".equalsIgnoreCase(host) && !"::1".equals(host);
    }
}

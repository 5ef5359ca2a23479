package com.loungedesk.sandbox;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.util.List;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded sandbox backend: a real HTTP server (Javalin on Jetty) over a real SQLite file,
 * serving the LoungeDesk contract (OCTO redemption, usage orders, sandbox calls).
 * {@code start} returns once it accepts connections; {@code close} stops it and closes the file.
 */
public final class SandboxServer implements AutoCloseable {

    /** Largest request body accepted; bigger ones get 413 in the contract's error shape. */
    public static final long MAX_BODY_BYTES = 64 * 1024;
    /** A request body that arrives slower than this (after its first second) is cut off with a 400. */
    public static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    /** Connections one client address may hold open at once; more are closed as they open. */
    public static final int MAX_CONNECTIONS_PER_CLIENT = 128;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    private final SandboxConfig config;
    private final SandboxServices services;
    private final Javalin app;
    private final Traffic traffic;
    private boolean closed;

    private SandboxServer(SandboxConfig config, SandboxServices services, Javalin app, Traffic traffic) {
        this.config = config;
        this.services = services;
        this.app = app;
        this.traffic = traffic;
    }

    public static SandboxServer start(SandboxConfig config) {
        SandboxServices services = new SandboxServices(config);
        Traffic traffic = new Traffic();
        try {
            Javalin app = Javalin.create(cfg -> {
                cfg.showJavalinBanner = false;
                cfg.startupWatcherEnabled = false;
                cfg.http.maxRequestSize = MAX_BODY_BYTES;
                cfg.http.defaultContentType = Http.JSON;
                cfg.http.customCompression(noCompression());
                cfg.jetty.modifyServletContextHandler(context -> context.insertHandler(traffic.handler()));
                cfg.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND));
                cfg.jetty.addConnector((server, http) -> {
                    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                    connector.setHost(config.host());
                    connector.setPort(config.port());
                    connector.addBean(new ClientConnections(MAX_CONNECTIONS_PER_CLIENT));
                    connector.addBean(new RequestBody.CloseAfterRefusal());
                    return connector;
                });
            });
            if (config.type() == SandboxType.OCTO) {
                plainOctoRoutes(app, services, config);
            } else {
                ErrorMapping.install(app);
                new OctoRoutes(services).register(app);
                new OrderRoutes(services).register(app);
                new PushRoutes(services).register(app, config.simulations());
                if (config.simulations()) {
                    new SandboxRoutes(services).register(app);
                }
            }
            app.start(); // on the connector above
            if (config.type() == SandboxType.LOUNGEDESK) {
                services.dispatcher.start();
            }
            SandboxServer server = new SandboxServer(config, services, app, traffic);
            if (config.exposed()) {
                LOG.warn("The sandbox listens on {} and is reachable from other machines with the demo data.",
                        config.host());
            }
            LOG.info("sandbox listening on {} (database {})", server.baseUrl(), config.database());
            if (config.type() == SandboxType.OCTO) {
                LOG.info("sandbox plays a plain OCTO supplier at {}", server.octoBaseUrl());
            }
            return server;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** A plain OCTO supplier: its calls under the prefix, its simulation calls under /sandbox, nothing else. */
    private static void plainOctoRoutes(Javalin app, SandboxServices services, SandboxConfig config) {
        ErrorMapping.installOcto(app);
        new PlainOctoRoutes(services, config.octoPrefix()).register(app);
        new BookingsRoutes(services, config.octoPrefix()).register(app);
        if (config.simulations()) {
            new OctoSimulationRoutes(services).register(app);
        }
    }

    /**
     * Small JSON answers, mostly on loopback: gzip cost both sides more CPU than it saved. Javalin still
     * asks the strategy about every answer, and its stock "none" compares the content type with a list
     * of excluded media types, case-insensitively, on each one (4 % of the server's CPU under load);
     * with that list empty the answer is the same, at once.
     */
    private static CompressionStrategy noCompression() {
        CompressionStrategy none = new CompressionStrategy(null, null);
        none.setExcludedMimeTypes(List.of());
        return none;
    }

    public int port() {
        return app.port();
    }

    public String host() {
        return config.host();
    }

    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    /** The base URL a desk uses for a plain OCTO supplier sandbox: {@link #baseUrl()} plus the prefix. */
    public String octoBaseUrl() {
        return baseUrl() + config.octoPrefix();
    }

    /** Requests and bytes served so far, counted server-side. */
    public Traffic traffic() {
        return traffic;
    }

    public SandboxConfig config() {
        return config;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            app.stop();
        } finally {
            services.close();
        }
        LOG.info("sandbox stopped");
    }
}

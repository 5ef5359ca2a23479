package com.loungedesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loungedesk.sandbox.SandboxType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import com.loungedesk.bench.Backend;
import com.loungedesk.bench.DecodeScenario;
import com.loungedesk.bench.PollingScenario;
import com.loungedesk.bench.ScanToVerdictScenario;
import com.loungedesk.bench.StartScenario;
import com.loungedesk.bench.SandboxProcess;
import com.loungedesk.bench.TempDirs;
import com.loungedesk.bench.UiScenario;
import com.loungedesk.bench.ui.BareWindow;
import com.loungedesk.bench.ui.UiBenchConsole;
import java.util.HashMap;
import java.util.Map;
import com.loungedesk.redemption.DeskContext;
import com.loungedesk.redemption.LookupOutcome;
import com.loungedesk.redemption.Verdict;
import com.loungedesk.bench.SandboxLoadScenario;
import com.loungedesk.config.DeskSettings;
import com.loungedesk.orders.OrderTracker;
import com.loungedesk.bench.Scenario;
import com.loungedesk.sandbox.DemoPasses;
import com.loungedesk.sandbox.SandboxConfig;
import com.loungedesk.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark scenarios, in the order they run, wired to real parts. */
final class BenchScenarios {
    private BenchScenarios() {
    }

    /** @param installed the installed app's launcher to time beside {@code java -jar}, or null */
    static List<Scenario> all(Path installed) {
        return List.of(new DecodeScenario(),
                new ScanToVerdictScenario(BenchScenarios::freshSandbox, BenchScenarios::desk),
                new SandboxLoadScenario(BenchScenarios::freshSandbox),
                new PollingScenario(BenchScenarios::freshSandbox, BenchScenarios::tracker,
                        BenchScenarios::freshOctoSupplier),
                startScenario(installed),
                // the backend and the other desks of the UI run live on other machines: here, other processes
                new UiScenario(() -> SandboxProcess.start(Main.class.getName(), DemoPasses.DEMO_KEYS.get(0)),
                        UiBenchConsole.factory(new BenchConsoleWiring()),
                        System.getenv().getOrDefault("DISPLAY", "")));
    }

    /**
     * Times this very jar opening the console on a throw-away home, with the demo images as its camera,
     * beside a bare JavaFX window from the same jar (and the installed app's launcher when given).
     */
    static StartScenario startScenario(Path installed) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", System.getenv().getOrDefault("DISPLAY", ""));
        List<String> console = List.of();
        List<String> bare = List.of();
        List<String> app = List.of();
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.toString().endsWith(".jar")) {
                Path home = Files.createTempDirectory("loungedesk-bench-start");
                Path images = home.resolve("images");
                new DemoPassList(images).list();
                env.put("LOUNGEDESK_HOME", home.toString());
                console = List.of(java, "-Dloungedesk.readyLine=true", "-jar", jar.toString(), "--images",
                        images.toString());
                bare = List.of(java, "-cp", jar.toString(), BareWindow.class.getName());
                app = installed == null ? List.of() : List.of(installed.toString(), "--images", images.toString());
            }
        } catch (java.net.URISyntaxException | IOException e) {
            console = List.of();
        }
        return new StartScenario(console, bare, app, env);
    }

    /** The console's real client services on the backend's key, with the journal on a throw-away folder. */
    private record BenchDesk(ClientServices services, Path data) implements AutoCloseable {
        static BenchDesk open(Backend backend) throws Exception {
            Path data = Files.createTempDirectory("loungedesk-bench-desk");
            DeskSettings settings = DeskSettings.defaults().withBackend(backend.baseUrl(), List.of(backend.apiKey()));
            return new BenchDesk(ClientServices.open(settings, backend.baseUrl(), data,
                    data.resolve("config"), OrderTracker.Settings.defaults()), data);
        }

        @Override
        public void close() throws IOException {
            services.close();
            TempDirs.delete(data);
        }
    }

    /** The console's real redemption desk (client services, journal on a throw-away folder). */
    static ScanToVerdictScenario.Desk desk(Backend backend) throws Exception {
        BenchDesk bench = BenchDesk.open(backend);
        ClientServices services = bench.services();
        DeskContext who = new DeskContext("bench-desk", "bench", "Bench");
        return new ScanToVerdictScenario.Desk() {
            @Override
            public LookupOutcome lookup(String reference) {
                return services.desk().lookup(who, reference, "camera");
            }

            @Override
            public Verdict redeem(LookupOutcome lookup, List<String> codes) {
                return services.desk().redeem(who, lookup, codes, 0);
            }

            @Override
            public void close() throws IOException {
                bench.close();
            }
        };
    }

    /** The console's real order tracker (through the client services) on the backend's key. */
    static PollingScenario.Tracker tracker(Backend backend) throws Exception {
        BenchDesk bench = BenchDesk.open(backend);
        ClientServices services = bench.services();
        return new PollingScenario.Tracker() {
            @Override
            public boolean pollOnce() {
                return services.tracker().pollOnce();
            }

            @Override
            public int lastPollRequests() {
                return services.tracker().lastPollRequests();
            }

            @Override
            public int size() {
                return services.tracker().size();
            }

            @Override
            public void close() throws IOException {
                bench.close();
            }
        };
    }

    /** An in-process sandbox on loopback, on its own throw-away database file. */
    static Backend freshSandbox() throws IOException {
        Path dir = Files.createTempDirectory("loungedesk-bench");
        SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("sandbox.db")));
        return new InProcessSandbox(server, dir, server.baseUrl());
    }

    /**
     * An in-process sandbox playing a plain OCTO supplier under /octo/v1, on its own throw-away database;
     * {@code preload(n)} tops today's bookings up to n through its simulation call.
     */
    static Backend freshOctoSupplier() throws IOException {
        Path dir = Files.createTempDirectory("loungedesk-bench-octo");
        SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("octo.db"))
                .withType(SandboxType.OCTO, "/octo/v1"));
        return new InProcessSandbox(server, dir, server.octoBaseUrl()) {
            @Override
            public List<String> preload(int bookings) throws IOException {
                List<String> made = new ArrayList<>();
                for (int i = call("GET", baseUrl() + "/bookings?localDate=" + LocalDate.now(), null).size();
                     i < bookings; i++) {
                    made.add(call("POST", server.baseUrl() + "/sandbox/bookings", "{\"adults\":2,\"children\":1}")
                            .path("uuid").asText());
                }
                return made;
            }
        };
    }

    /** A sandbox in this process, counting what it serves, deleted with its folder when closed. */
    private static class InProcessSandbox implements Backend {
        private final SandboxServer server;
        private final Path dir;
        private final String baseUrl;

        InProcessSandbox(SandboxServer server, Path dir, String baseUrl) {
            this.server = server;
            this.dir = dir;
            this.baseUrl = baseUrl;
        }

        @Override
        public String baseUrl() {
            return baseUrl;
        }

        @Override
        public String apiKey() {
            return DemoPasses.DEMO_KEYS.get(0);
        }

        @Override
        public Served served() {
            return new Served(server.traffic().requests(), server.traffic().responseBytes());
        }

        /** One call with this sandbox's key; its JSON answer, or an IOException naming the status. */
        JsonNode call(String method, String url, String json) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + apiKey())
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() / 100 != 2) {
                    throw new IOException(method + " " + url + " answered " + answer.statusCode());
                }
                return new ObjectMapper().readTree(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            TempDirs.delete(dir);
        }
    }
}

package com.loungedesk.bench;

/** A backend a scenario may load: its base URL and a supplier key; closing it stops it. */
public interface Backend extends AutoCloseable {

    String baseUrl();

    String apiKey();

    /**
     * Fills the backend with {@code orders} walk-in orders of this key at once, as if other desks had been
     * busy ({@code POST /sandbox/simulate/busy-day}); returns their order ids. Scenarios use it to start from
     * a full backend.
     */
    default java.util.List<String> preload(int orders) throws java.io.IOException {
        return DeskHttp.busyDay(this, orders);
    }

    /**
     * Requests and response body bytes the backend has served since it started, counted by the server
     * itself; backends that cannot count (another process) say so.
     */
    default Served served() {
        throw new UnsupportedOperationException("this backend does not count what it serves");
    }

    /** What a backend has served so far. */
    record Served(long requests, long bytes) {
        /** What was served since {@code earlier}. */
        public Served since(Served earlier) {
            return new Served(requests - earlier.requests, bytes - earlier.bytes);
        }
    }

    @Override
    void close() throws java.io.IOException;

    /** Makes a fresh, empty-but-seeded backend for one measured run. */
    interface Factory {
        Backend start() throws Exception;
    }
}

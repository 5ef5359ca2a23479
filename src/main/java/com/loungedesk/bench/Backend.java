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

    @Override
    void close() throws java.io.IOException;

    /** Makes a fresh, empty-but-seeded backend for one measured run. */
    interface Factory {
        Backend start() throws Exception;
    }
}

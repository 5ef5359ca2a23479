package com.loungedesk.bench;

/** A backend a scenario may load: its base URL and a supplier key; closing it stops it. */
public interface Backend extends AutoCloseable {

    String baseUrl();

    String apiKey();

    @Override
    void close() throws java.io.IOException;

    /** Makes a fresh, empty-but-seeded backend for one measured run. */
    interface Factory {
        Backend start() throws Exception;
    }
}

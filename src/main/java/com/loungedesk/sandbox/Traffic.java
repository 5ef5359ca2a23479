package com.loungedesk.sandbox;

import org.eclipse.jetty.server.handler.StatisticsHandler;

/**
 * What the sandbox has served so far, counted by the server itself (Jetty's statistics handler inside
 * the servlet context): HTTP requests answered and response body bytes. For the bench, which compares
 * clients by what they cost the server.
 */
public final class Traffic {

    private final StatisticsHandler stats = new StatisticsHandler();

    StatisticsHandler handler() {
        return stats;
    }

    /** Requests answered since the server started. */
    public long requests() {
        return stats.getRequests();
    }

    /** Response body bytes sent since the server started (headers not counted). */
    public long responseBytes() {
        return stats.getResponsesBytesTotal();
    }
}

/**
 * The embedded sandbox backend: a real HTTP server (Javalin on Jetty, loopback by default) over a
 * real SQLite file (WAL, versioned schema), serving the LoungeDesk contract, or (with
 * {@link com.loungedesk.sandbox.SandboxType#OCTO}) playing a plain OCTO supplier under a prefix:
 * {@code PlainOctoRoutes}, {@code BookingsRoutes} and {@code OctoSimulationRoutes} over the
 * {@code octo_bookings} tables, with the demo bookings of {@link com.loungedesk.sandbox.OctoDemoBookings}.
 *
 * <p>Public API: {@link com.loungedesk.sandbox.SandboxServer#start(SandboxConfig)} returns a running
 * server ({@code port()}, {@code baseUrl()}, {@code close()}); {@link com.loungedesk.sandbox.SandboxConfig}
 * says where to listen, which file and which supplier keys; {@link com.loungedesk.sandbox.DemoPasses}
 * names the seeded demo references; {@link com.loungedesk.sandbox.PushSettings} tunes push delivery.
 *
 * <p>Rules are enforced inside one {@code BEGIN IMMEDIATE} transaction per request on a single
 * writer connection, so racing requests cannot over-redeem; every order change writes an
 * {@code order_events} row and one outbox delivery per matching subscriber in that transaction.
 *
 * <p>Push wire format (sandbox to subscriber): {@code POST <subscriber url>}, body = the event
 * payload exactly as the DragonPass seed ({@code walkin.redemption} or
 * {@code prebooking.statusChanged}); headers {@code Authorization: Bearer <JWT>},
 * {@code X-Event-Id} (stable per event), {@code X-Event-Type}, {@code X-Delivery-Attempt}. The JWT
 * is RS256 with {@code kid} and {@code typ=JWT} in its header; claims {@code iss=dragonpass},
 * {@code aud=<subscriber url>}, {@code iat}, {@code nbf}, {@code exp} (5 minutes), a fresh
 * {@code jti} per attempt, {@code eventId}, {@code eventType}, {@code orderId} and
 * {@code bodySha256} (base64url SHA-256 of the exact body bytes). Public keys:
 * {@code GET /.well-known/jwks.json}. Success is HTTP 200 with {@code {"status":"success"}};
 * otherwise up to 4 attempts with doubling gaps, then the delivery is parked as FAILED
 * ({@code GET /sandbox/deliveries?status=FAILED}). Recovery: {@code GET /push/events?since=ISO}
 * (envelope; {@code events[]} of {eventId, eventType, orderId, createdAt, payload}; cursor paging).
 */
package com.loungedesk.sandbox;

package com.loungedesk.sandbox;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;

/**
 * Bounds the connections one client address may hold open at once (a bean on the server's connector,
 * told of every connection opened and closed). A connection past the bound is closed as soon as it
 * opens, so one client that opens hundreds of slow requests cannot hold every server thread.
 */
final class ClientConnections implements Connection.Listener {

    private final int perClient;
    private final ConcurrentHashMap<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    /** Each open connection's client, kept from its opening: a closed socket no longer knows its peer. */
    private final ConcurrentHashMap<Connection, InetAddress> clients = new ConcurrentHashMap<>();

    ClientConnections(int perClient) {
        this.perClient = perClient;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection.getEndPoint());
        if (client == null) {
            return;
        }
        clients.put(connection, client);
        if (open.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet() > perClient) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = clients.remove(connection);
        if (client != null) {
            open.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    private static InetAddress client(EndPoint endPoint) {
        InetSocketAddress remote = endPoint.getRemoteAddress();
        return remote == null ? null : remote.getAddress();
    }
}

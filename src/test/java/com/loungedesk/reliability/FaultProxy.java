package com.loungedesk.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback TCP proxy of our own in front of the sandbox. It forwards bytes both ways; when armed
 * with {@link #cutNextAnswers(int, String)} it forwards a request, lets the backend read and answer it, then
 * drops the connection before a byte of that answer reaches the desk. {@link #down()} stops listening
 * (connections refused) and {@link #up()} listens again on the same port. It notes every
 * Idempotency-Key it forwards.
 */
final class FaultProxy implements AutoCloseable {

    private static final Pattern KEY = Pattern.compile("(?i)idempotency-key: *([^\\r\\n]+)");
    private static final Pattern REQUEST_LINE = Pattern.compile("(?m)^(?:GET|POST|DELETE|PUT|PATCH) (\\S+) HTTP/");

    private final InetSocketAddress target;
    private final int port;
    private final AtomicInteger cutsLeft = new AtomicInteger();
    private volatile String cutPath = "";
    private final AtomicInteger cuts = new AtomicInteger();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    FaultProxy(String targetUrl) throws IOException {
        java.net.URI uri = java.net.URI.create(targetUrl);
        target = new InetSocketAddress(uri.getHost(), uri.getPort());
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        port = first.getLocalPort();
        listen(first);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Drops the next {@code n} answers to requests whose path contains {@code pathPart}. */
    void cutNextAnswers(int n, String pathPart) {
        cutPath = pathPart;
        cutsLeft.set(n);
    }

    int cuts() {
        return cuts.get();
    }

    List<String> keysSeen() {
        return List.copyOf(keys);
    }

    void down() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
    }

    void up() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listen(s);
    }

    private void listen(ServerSocket s) {
        listener = s;
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket desk = s.accept();
                    Socket backend = new Socket(target.getAddress(), target.getPort());
                    open.add(desk);
                    open.add(backend);
                    java.util.concurrent.atomic.AtomicReference<String> path = new java.util.concurrent.atomic.AtomicReference<>("");
                    pump(desk, backend, path, true);
                    pump(backend, desk, path, false);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "fault-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    private void pump(Socket from, Socket to, java.util.concurrent.atomic.AtomicReference<String> path, boolean request) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    if (request) {
                        String text = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                        Matcher line = REQUEST_LINE.matcher(text);
                        if (line.find()) {
                            path.set(line.group(1));
                        }
                        Matcher m = KEY.matcher(text);
                        while (m.find()) {
                            keys.add(m.group(1).strip());
                        }
                    } else if (path.get().contains(cutPath) && cutsLeft.getAndUpdate(c -> Math.max(0, c - 1)) > 0) {
                        cuts.incrementAndGet();
                        break; // the backend has answered: drop it and the connection
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException gone) {
                // one side closed: close the other below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        open.remove(s);
    }

    @Override
    public void close() throws IOException {
        down();
    }
}

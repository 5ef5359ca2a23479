package com.loungedesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The sandbox under hostile clients, over raw sockets on loopback: bodies of any transfer encoding are
 * held to 64 KB (and the rest is not read), malformed chunking is a 400 in the family's error shape, and
 * slow bodies are cut off without starving anyone else.
 */
class HostileClientsTest extends SandboxTestBase {

    private static final long GIGABYTE = 1L << 30;
    private static final byte[] CHUNK = chunk(64 * 1024);

    @Test
    void aGigabyteChunkedBodyGets413AtTheLimitAndTheRestIsNeverRead() throws Exception {
        Raw.Answer answer = sendChunked(server.port(), redeemHead("big-1"), GIGABYTE);
        assertEquals(413, answer.status, answer.text);
        assertEquals("BAD_REQUEST", answer.json().get("error").asText());
        // the server stopped reading at the limit: the client got no further than the socket buffers
        assertTrue(answer.sent < 64L << 20, "the client could send " + answer.sent + " bytes");
        System.out.printf("1 GB chunked body: 413 after the client got %.1f MB into the connection%n", answer.sent / 1048576.0);
        assertEquals(200, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY).status());
    }

    @Test
    void oneThenThreeGigabyteChunkedBodiesLeaveTheForkedSandboxsMemoryFlat() throws Exception {
        // the JVM's default heap (a quarter of the machine's memory), as `java -jar loungedesk.jar sandbox` runs
        try (ForkedSandbox fork = new ForkedSandbox("-Dheap=default", dir.resolve("fork.db"), dir.resolve("fork.err"))) {
            URI base = URI.create(fork.baseUrl);
            assertEquals(413, sendChunked(base.getPort(), redeemHead("warm-up"), 1 << 20).status);
            long before = rssKb(fork.process.pid());
            Raw.Answer single = sendChunked(base.getPort(), redeemHead("big-single"), GIGABYTE);
            assertEquals(413, single.status, single.text);
            long afterOne = peakRssKb(fork.process.pid());
            List<Raw.Answer> answers = new ArrayList<>();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String key = "big-parallel-" + i;
                Thread t = new Thread(() -> {
                    try {
                        Raw.Answer a = sendChunked(base.getPort(), redeemHead(key), GIGABYTE);
                        synchronized (answers) {
                            answers.add(a);
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                t.start();
                clients.add(t);
            }
            for (Thread t : clients) {
                t.join(TimeUnit.MINUTES.toMillis(5));
            }
            assertEquals(3, answers.size());
            for (Raw.Answer a : answers) {
                assertEquals(413, a.status, a.text);
                assertTrue(a.sent < 64L << 20, "a client could send " + a.sent + " bytes");
            }
            long peak = peakRssKb(fork.process.pid());
            System.out.printf("sandbox resident memory: %d MB before, peak %d MB after one 1 GB chunked body,"
                    + " peak %d MB after three at once%n", before / 1024, afterOne / 1024, peak / 1024);
            if (before > 0) {
                assertTrue(peak - before < 100 * 1024, "resident memory grew from " + before + " kB to " + peak + " kB");
            }
        }
    }

    @Test
    void malformedChunkingGets400InTheFamilysShapeNeverA500() throws Exception {
        List<String> malformed = List.of(
                "zz\r\nabc\r\n0\r\n\r\n",                     // a size that is not hex
                "ffffffffffffffffffff\r\nabc\r\n0\r\n\r\n",   // a size that overflows
                "-5\r\nabcde\r\n0\r\n\r\n",                    // a negative size
                "0x3\r\nabc\r\n0\r\n\r\n",                     // a size with a prefix
                "3\r\nabcXY\r\n0\r\n\r\n",                     // more data than the size said
                "3\r\nabc\r\n0\r\nbad trailer\r\n\r\n");      // a trailer that is no header
        for (String body : malformed) {
            Raw.Answer octo = Raw.exchange(server.port(), redeemHead("bad-" + body.hashCode()), body.getBytes(StandardCharsets.US_ASCII));
            assertEquals(400, octo.status, body + " → " + octo.text);
            assertEquals("BAD_REQUEST", octo.json().get("error").asText(), octo.text);
            Raw.Answer orders = Raw.exchange(server.port(), head("POST", "/orders/DP00000000000001/cancel", "bad-o" + body.hashCode()),
                    body.getBytes(StandardCharsets.US_ASCII));
            assertEquals(400, orders.status, body + " → " + orders.text);
            assertEquals(40001, orders.json().get("code").asInt(), orders.text);
        }
        assertEquals(200, client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY).status());
    }

    /**
     * 300 clients from one address each send a body one byte a second. They are cut off (the minimum
     * data rate, and the bound on connections per client), and a lookup from another address answers
     * meanwhile. Each slow client stops by itself after 30 bytes.
     */
    @Test
    void threeHundredSlowBodiesAreCutOffAndALookupStillAnswers() throws Exception {
        int clients = 300;
        int maxBytes = 30;
        InetAddress slowFrom = InetAddress.getByName("127.0.0.2");
        CountDownLatch started = new CountDownLatch(clients);
        CountDownLatch ended = new CountDownLatch(clients);
        AtomicInteger cutOff = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger ranOut = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            String key = "slow-" + i;
            Thread t = new Thread(() -> {
                boolean going = false;
                try (Socket s = new Socket()) {
                    s.bind(new InetSocketAddress(slowFrom, 0));
                    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
                    s.setSoTimeout(1000);
                    OutputStream out = s.getOutputStream();
                    out.write((redeemHeadWithLength(key, 1000)).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    going = true;
                    started.countDown();
                    for (int sent = 0; sent < maxBytes; sent++) {
                        out.write('x');
                        out.flush();
                        int got = ended(s);
                        if (got != NOTHING_YET) {
                            cutOff.incrementAndGet();
                            if (got != -1) {
                                answered.incrementAndGet(); // the 400 "came too slowly"
                            }
                            return;
                        }
                    }
                    ranOut.incrementAndGet();
                } catch (IOException e) {
                    cutOff.incrementAndGet(); // refused or reset by the server
                } finally {
                    if (!going) {
                        started.countDown();
                    }
                    ended.countDown();
                }
            }, "slow-client-" + i);
            t.setDaemon(true);
            t.start();
        }
        assertTrue(started.await(2, TimeUnit.MINUTES), "the slow clients never got going");
        SandboxClient.Answer lookup = client.octoGet("/octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS, KEY);
        assertEquals(200, lookup.status(), lookup.body());
        assertTrue(ended.await(5, TimeUnit.MINUTES), "the slow clients never ended");
        assertEquals(clients, cutOff.get(), ranOut.get() + " slow clients sent all " + maxBytes + " bytes unhindered");
        System.out.printf("slow bodies: %d of %d cut off, %d of them with an answer (the rest closed at once)%n",
                cutOff.get(), clients, answered.get());
    }

    /** The bound counts connections open now: 300 opened and closed one after another all get answers. */
    @Test
    void connectionsClosedOneAfterAnotherNeverUseUpTheBound() throws Exception {
        for (int i = 0; i < 300; i++) {
            String get = "GET /octo/redemption/lookup?reference=" + DemoPasses.WALKIN_EPASS + " HTTP/1.1\r\nHost: localhost"
                    + "\r\nAuthorization: Bearer " + KEY + "\r\nOcto-Capabilities: octo/redemption\r\nConnection: close\r\n\r\n";
            assertEquals(200, Raw.exchange(server.port(), get, new byte[0]).status, "connection " + i);
        }
    }

    private static final int NOTHING_YET = -2;

    /** The first byte the server sent, -1 once it closed the connection, or NOTHING_YET after the socket's timeout. */
    private static int ended(Socket s) throws IOException {
        try {
            return s.getInputStream().read();
        } catch (java.net.SocketTimeoutException e) {
            return NOTHING_YET;
        }
    }

    private static String redeemHead(String idempotencyKey) {
        return head("POST", "/octo/redemption/redeem", idempotencyKey);
    }

    private static String head(String method, String path, String idempotencyKey) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + KEY
                + "\r\nOcto-Capabilities: octo/redemption\r\nIdempotency-Key: " + idempotencyKey
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    }

    private static String redeemHeadWithLength(String idempotencyKey, int length) {
        return "POST /octo/redemption/redeem HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + KEY
                + "\r\nOcto-Capabilities: octo/redemption\r\nIdempotency-Key: " + idempotencyKey
                + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
    }

    /** Sends {@code total} bytes of chunked body (or as much as the server takes) while reading the answer. */
    private static Raw.Answer sendChunked(int port, String head, long total) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    while (sent.get() < total) {
                        out.write(CHUNK);
                        sent.addAndGet(64 * 1024);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server closed the connection: what we measure is how far we got
                }
            }, "chunked-writer");
            writer.setDaemon(true);
            writer.start();
            byte[] answer = Raw.readAnswer(s.getInputStream());
            try {
                writer.join(TimeUnit.MINUTES.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Raw.Answer.parse(answer, sent.get());
        }
    }

    private static byte[] chunk(int size) {
        byte[] head = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + size + 2];
        System.arraycopy(head, 0, out, 0, head.length);
        Arrays.fill(out, head.length, head.length + size, (byte) 'x');
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    private static long rssKb(long pid) throws IOException {
        return procStatus(pid, "VmRSS:");
    }

    private static long peakRssKb(long pid) throws IOException {
        return procStatus(pid, "VmHWM:");
    }

    /** A figure from /proc/PID/status in kB; 0 where there is no /proc. */
    private static long procStatus(long pid, String field) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    /** One request written as given and the answer read to its end. */
    static final class Raw {
        private Raw() {
        }

        static Answer exchange(int port, String head, byte[] body) throws IOException {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
                OutputStream out = s.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                return Answer.parse(readAnswer(s.getInputStream()), body.length);
            }
        }

        /** Reads the head and as much body as Content-Length says (or to the end of the stream). */
        static byte[] readAnswer(InputStream in) throws IOException {
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) != -1) {
                    got.write(buffer, 0, n);
                    if (complete(got.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketException e) {
                // reset after the answer: what was read stands
            }
            return got.toByteArray();
        }

        private static boolean complete(String text) {
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return false;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(text.substring(0, end));
            return m.find() && text.length() - end - 4 >= Integer.parseInt(m.group(1));
        }

        record Answer(int status, String text, long sent) {
            static Answer parse(byte[] raw, long sent) {
                String text = new String(raw, StandardCharsets.UTF_8);
                int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
                return new Answer(status, text, sent);
            }

            JsonNode json() {
                int start = text.indexOf("\r\n\r\n");
                try {
                    return Json.MAPPER.readTree(text.substring(start + 4));
                } catch (IOException e) {
                    throw new IllegalStateException("not JSON: " + text, e);
                }
            }
        }
    }
}

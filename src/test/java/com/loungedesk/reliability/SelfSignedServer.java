package com.loungedesk.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/** A loopback TLS server with a fresh self-signed certificate (made by the JDK's keytool): no client should trust it. */
final class SelfSignedServer implements AutoCloseable {

    private final SSLServerSocket socket;
    private final AtomicInteger failures = new AtomicInteger();

    private SelfSignedServer(SSLServerSocket socket) {
        this.socket = socket;
        Thread t = new Thread(this::serve, "self-signed-tls");
        t.setDaemon(true);
        t.start();
    }

    static SelfSignedServer start(Path dir) throws Exception {
        Path store = dir.resolve("self-signed.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "lounge", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + new String(out));
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return new SelfSignedServer((SSLServerSocket) ctx.getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress()));
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Handshakes the client broke off, waiting up to 5 s for the server side to notice. */
    int handshakeFailures() throws InterruptedException {
        for (int i = 0; i < 50 && failures.get() == 0; i++) {
            Thread.sleep(100);
        }
        return failures.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (SSLSocket s = (SSLSocket) socket.accept()) {
                try {
                    s.startHandshake();
                } catch (IOException refusedByClient) {
                    failures.incrementAndGet();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package org.untoc.kg.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of a real server, to make it go down (refuse and cut connections), come back on the
 * same port, or answer slowly — faults of a real network, without touching the server the other tests share.
 */
final class TcpProxy implements AutoCloseable {
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private volatile long responseDelayMillis;

    TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = bind(0);
        this.port = server.getLocalPort();
        accept(server);
    }

    /** The proxy's port (stays the same across down/up). */
    int port() {
        return port;
    }

    /** Every response byte arrives this much later (a slow store). */
    void delayResponses(long millis) {
        responseDelayMillis = millis;
    }

    /** Stops listening and cuts every open connection: the store is down. */
    synchronized void down() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        open.clear();
    }

    /** Listens again on the same port: the store is back. */
    synchronized void up() throws IOException {
        server = bind(port);
        accept(server);
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    private void accept(ServerSocket listening) {
        Thread t = new Thread(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream;
                    // A connection accepted while down() ran would outlive it (and, kept alive, carry every later
                    // request through an outage): registered under down()'s lock, or closed if down() came first.
                    synchronized (TcpProxy.this) {
                        if (listening.isClosed()) {
                            closeQuietly(client);
                            continue;
                        }
                        upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                        open.add(client);
                        open.add(upstream);
                    }
                    pump(client, upstream, false);
                    pump(upstream, client, true);
                } catch (IOException e) {
                    // closed by down(), or the target refused: the client sees the connection end
                }
            }
        }, "proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    private void pump(Socket from, Socket to, boolean response) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (response && responseDelayMillis > 0) {
                        Thread.sleep(responseDelayMillis);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        down();
    }
}

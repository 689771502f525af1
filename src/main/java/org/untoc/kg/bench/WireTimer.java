package org.untoc.kg.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Times GETs on one kept-alive HTTP/1.1 connection, from the request's first byte written to the answer's last
 * byte read, with nothing between the socket and the clock. Why: {@code java.net.http.HttpClient} hands each answer
 * across its selector thread and copies it in 16 KB pieces, which on two cores adds as much as the service takes
 * for a 150 KB first page of lineage; the bench prints both, so a reader can tell the service from the client.
 * Answers must carry a Content-Length (the service's JSON does); anything else counts as an error.
 */
final class WireTimer implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String host;

    WireTimer(URI base) throws IOException {
        socket = new Socket(base.getHost(), base.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        host = base.getHost() + ":" + base.getPort();
    }

    /** Nanoseconds for one GET of {@code pathAndQuery}, or -1 when the answer was not a 200 with a length. */
    long get(String pathAndQuery) throws IOException {
        byte[] request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long t0 = System.nanoTime();
        out.write(request);
        out.flush();
        String status = line();
        long length = -1;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Long.parseLong(h.substring("content-length:".length()).strip());
            }
        }
        if (length < 0) {
            throw new IOException("no Content-Length in the answer to " + pathAndQuery);
        }
        in.skipNBytes(length);
        long nanos = System.nanoTime() - t0;
        return status.startsWith("HTTP/1.1 200") ? nanos : -1;
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed by the service");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package org.workprivacy.rules.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * The JSON body of a request, read only up to the configured limit: a declared length over the limit is
 * refused before a byte is read, and a body without a declared length stops being read one byte past it.
 *
 * <p>It is read as it arrives, without a thread waiting for it: a client that stalls halfway through its
 * body holds a connection (until the idle timeout) but no request thread. A gzip-encoded body is
 * decoded, with the limit applying to the decoded size too.
 */
final class RequestBody {
    private final Request request;
    private final int maxBytes;
    private final Consumer<byte[]> read;
    private final Consumer<Throwable> failed;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final boolean gzip;

    private RequestBody(Request request, int maxBytes, Consumer<byte[]> read, Consumer<Throwable> failed) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.read = read;
        this.failed = failed;
        this.gzip = encoding(request).equals("gzip");
    }

    /**
     * Checks the headers, then reads the body and hands it to {@code read}; a refusal ({@link HttpProblem})
     * or a broken connection goes to {@code failed}. Either is called once, possibly on another thread.
     */
    static void readJson(Request request, int maxBytes, Consumer<byte[]> read, Consumer<Throwable> failed) {
        requireJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        encoding(request);
        long declared = request.getLength();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        new RequestBody(request, maxBytes, read, failed).run();
    }

    private void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this::run);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                failed.accept(chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            boolean last = chunk.isLast();
            if (bytes.size() + buffer.remaining() > maxBytes) {
                chunk.release();
                failed.accept(tooLarge(maxBytes));
                return;
            }
            byte[] part = new byte[buffer.remaining()];
            buffer.get(part);
            bytes.writeBytes(part);
            chunk.release();
            if (last) {
                byte[] body;
                try {
                    body = gzip ? gunzip(bytes.toByteArray(), maxBytes) : bytes.toByteArray();
                } catch (HttpProblem problem) {
                    failed.accept(problem);
                    return;
                }
                read.accept(body);
                return;
            }
        }
    }

    private static byte[] gunzip(byte[] compressed, int maxBytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw HttpProblem.badRequest("Content-Encoding", "the body is not valid gzip: " + e.getMessage());
        }
    }

    /** "" for an unencoded body, "gzip"; any other encoding is refused with 415. */
    private static String encoding(Request request) {
        String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity")) {
            return "";
        }
        if (encoding.trim().equalsIgnoreCase("gzip")) {
            return "gzip";
        }
        throw new HttpProblem(415, "Content-Encoding", "unsupported encoding " + encoding.trim()
                + "; send the body as it is, or gzip-encoded", Map.of("Accept-Encoding", "gzip", "Connection", "close"));
    }

    private static void requireJson(String contentType) {
        if (contentType == null) {
            throw unsupported("missing; send the body as application/json");
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
            throw unsupported("expected application/json, got " + contentType.trim());
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                throw unsupported("expected UTF-8, got " + contentType.trim());
            }
        }
    }

    /**
     * Refused before the body was read: close the connection, as the unread body cannot carry another request
     * (left open, a client reusing it would find it closed under its next request).
     */
    private static HttpProblem unsupported(String message) {
        return new HttpProblem(415, "Content-Type", message, Map.of("Connection", "close"));
    }

    private static HttpProblem tooLarge(int maxBytes) {
        // Close the connection: the rest of the body stays unread, so it cannot carry another request.
        return new HttpProblem(413, "", "request body larger than the limit of " + maxBytes + " bytes",
                Map.of("Connection", "close"));
    }
}

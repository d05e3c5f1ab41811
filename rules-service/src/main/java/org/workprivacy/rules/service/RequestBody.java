package org.workprivacy.rules.service;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON body of a request, read only up to the configured limit: a declared length over the limit is
 * refused before a byte is read, and a body without a declared length stops being read one byte past it.
 *
 * <p>A client still sending when the refusal comes would see its connection reset, not the 413, if the
 * server closed it with bytes unread. So after answering, up to {@link #DISCARD_LIMIT} more bytes are
 * read and thrown away (as Tomcat's maxSwallowSize does); a larger remainder is not read at all.
 */
final class RequestBody {
    /** Most bytes read and thrown away after refusing a body that is too large. */
    static final long DISCARD_LIMIT = 2L * 1024 * 1024;

    private RequestBody() {
    }

    static byte[] readJson(Headers headers, InputStream body, int maxBytes) throws IOException {
        requireJson(headers.getFirst("Content-Type"));
        String declared = headers.getFirst("Content-Length");
        if (declared != null) {
            long length = declaredLength(declared);
            if (length > maxBytes) {
                throw tooLarge(maxBytes, length <= DISCARD_LIMIT ? length : 0);
            }
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes, declared == null ? DISCARD_LIMIT : 0);
        }
        return bytes;
    }

    /** Reads and throws away up to {@code bytes} of what is left of the body. */
    static void discard(InputStream body, long bytes) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = bytes;
        while (left > 0) {
            int read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            left -= read;
        }
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

    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Content-Length", "not a number: " + declared);
        }
    }

    private static HttpProblem unsupported(String message) {
        return new HttpProblem(415, "Content-Type", message);
    }

    private static HttpProblem tooLarge(int maxBytes, long discard) {
        // Close the connection: the rest of the body may stay unread, so it cannot carry another request.
        return new HttpProblem(413, "", "request body larger than the limit of " + maxBytes + " bytes",
                Map.of("Connection", "close"), discard);
    }
}

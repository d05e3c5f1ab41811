package org.workprivacy.rules.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code GET /static/NAME}: a file of the page (stylesheet, script), read from the jar once at start. */
final class StaticFile implements Endpoint {
    /** Where the page's files live on the classpath. */
    static final String ROOT = "/org/workprivacy/rules/service/web/";
    private final byte[] content;
    private final String contentType;

    StaticFile(String name) {
        this.content = read(name);
        this.contentType = name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/plain; charset=utf-8";
    }

    static byte[] read(String name) {
        try (InputStream in = StaticFile.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpCall call) {
        call.answer(200, content, Map.of("Content-Type", contentType));
    }
}

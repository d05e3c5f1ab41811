package org.workprivacy.rules.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the server raises before any endpoint runs (a malformed request line, a bad
 * {@code Content-Length}, headers too large, an ambiguous path such as {@code //v1/decisions}) answered as
 * the service's JSON error, never as an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper json;
    private final ServiceMetrics metrics;

    JsonErrorHandler(ObjectMapper json, ServiceMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        metrics.refused(code, "malformed-http");
        byte[] body = json.writeValueAsBytes(new ErrorJson(code, "", "the server refused the request: " + text).body());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}

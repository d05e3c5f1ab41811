package org.workprivacy.rules.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may call what: bearer tokens, one per line in a token file. Health, schema and OpenAPI are open to
 * all (load balancers and integrators need them); decisions need a client token when client tokens are set;
 * reload and metrics need an admin token when admin tokens are set, else a client token.
 */
record AccessControl(List<byte[]> clientTokens, List<byte[]> adminTokens) {
    /** What a route needs. */
    enum Level { OPEN, CLIENT, ADMIN }

    AccessControl {
        clientTokens = List.copyOf(clientTokens);
        adminTokens = List.copyOf(adminTokens);
    }

    /** No tokens: everyone may call everything (for a loopback address). */
    static AccessControl open() {
        return new AccessControl(List.of(), List.of());
    }

    /** Tokens read from files: one token per line; blank lines and lines starting with # are skipped. */
    static AccessControl fromFiles(Optional<Path> clientTokens, Optional<Path> adminTokens) throws IOException {
        return new AccessControl(read(clientTokens), read(adminTokens));
    }

    boolean restricted() {
        return !clientTokens.isEmpty() || !adminTokens.isEmpty();
    }

    /** Throws 401 (no or unknown token) or 403 (a client token on an admin route). */
    void check(Level level, Optional<String> authorization) {
        if (level == Level.OPEN) {
            return;
        }
        List<byte[]> needed = level == Level.ADMIN && !adminTokens.isEmpty() ? adminTokens : clientTokens;
        if (needed.isEmpty()) {
            return;
        }
        Optional<byte[]> token = authorization.filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(a -> a.substring(7).trim().getBytes(StandardCharsets.UTF_8));
        if (token.isEmpty()) {
            throw new HttpProblem(401, "Authorization", "a bearer token is needed (Authorization: Bearer TOKEN)",
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        if (matches(needed, token.get())) {
            return;
        }
        if (level == Level.ADMIN && matches(clientTokens, token.get())) {
            throw new HttpProblem(403, "Authorization", "this token may decide, but not reload or read metrics");
        }
        throw new HttpProblem(401, "Authorization", "unknown token", Map.of("WWW-Authenticate",
                "Bearer error=\"invalid_token\""));
    }

    private static boolean matches(List<byte[]> tokens, byte[] token) {
        boolean found = false;
        for (byte[] known : tokens) {
            found |= MessageDigest.isEqual(known, token); // compares in constant time
        }
        return found;
    }

    private static List<byte[]> read(Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            return List.of();
        }
        List<byte[]> tokens = Files.readAllLines(file.get(), StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
        if (tokens.isEmpty()) {
            throw new IOException(file.get() + " holds no token (one per line)");
        }
        return tokens;
    }
}

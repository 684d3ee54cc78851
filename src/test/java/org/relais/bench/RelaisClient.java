package org.relais.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The JSON API of the Relais under test, as an administrator (exempt from posting limits). */
final class RelaisClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final String base;
    private volatile String token;
    private final AtomicInteger conflicts = new AtomicInteger();

    /** The application refused a write because of a concurrent change (409). */
    static final class ConflictException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ConflictException(String body) {
            super("409: " + body);
        }
    }

    RelaisClient(String base) {
        this.base = base;
    }

    void logIn(String email, String password) {
        token =
                post("/api/v1/tokens", Map.of("email", email, "password", password))
                        .get("token")
                        .asText();
    }

    /** Status code of a GET, or -1 when the server does not answer yet. */
    int probe(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    JsonNode get(String path) {
        return send(request(path).GET().build(), 200);
    }

    /**
     * POSTs and expects 201 (200 for a rebuild). A 409 — two writers changed the same parent, e.g.
     * its answer count, at once — is retried as a user would, up to five times, and counted.
     */
    JsonNode post(String path, Object body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return postOnce(path, body);
            } catch (ConflictException e) {
                conflicts.incrementAndGet();
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    int conflicts() {
        return conflicts.get();
    }

    private JsonNode postOnce(String path, Object body) {
        try {
            HttpRequest request =
                    request(path)
                            .header("Content-Type", "application/json")
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            JSON.writeValueAsString(body)))
                            .build();
            return send(request, path.endsWith("rebuild") ? 200 : 201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of hits of a search, for polling: no JSON tree beyond what is needed. */
    long searchTotal(String query) {
        return get("/api/v1/search?size=1&q=" + encode(query)).get("total").asLong();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 409) {
                throw new ConflictException(response.body());
            }
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        request.method()
                                + " "
                                + request.uri()
                                + " answered "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.relais.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor's browser without JavaScript: keeps cookies, does not follow redirects (tests look at
 * them), and fills forms with the CSRF token the page carries, as a real form post would. Every
 * HTML page it gets is checked for the links between fields and their errors ({@link
 * FieldErrorLinks#assertConsistent}).
 */
public final class PageClient {
    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String clientAddress = Api.newAddress();

    /** A client logged in as the member through the login form. */
    public static PageClient loggedIn(URL base, Api.Member member) {
        PageClient browser = new PageClient(base);
        Page login =
                browser.submit(
                        browser.get("/connexion"),
                        "/connexion",
                        Map.of("email", member.email(), "password", member.password()));
        if (login.status() != 303) {
            throw new AssertionError("login refused for " + member.email() + ": " + login.status());
        }
        return browser;
    }

    /**
     * Follows the "log in" link in the main content of {@code page} and logs in there as the
     * member, sending back the page's return address as the form does: the login's answer.
     */
    public Page logInThroughLink(Page page, Api.Member member) {
        Page form = get(page.document().select("main a[href^=/connexion]").attr("href"));
        return submit(
                form,
                "/connexion",
                Map.of(
                        "email",
                        member.email(),
                        "password",
                        member.password(),
                        "retour",
                        form.document().select("input[name=retour]").val()));
    }

    public PageClient(URL base) {
        this.base = URI.create(base.toString().replaceAll("/$", ""));
        this.http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
    }

    /** A page as the visitor got it. */
    public record Page(int status, Document document, HttpResponse<String> response) {
        public String text() {
            return document.text();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String location() {
            return header("Location")
                    .orElseThrow(() -> new AssertionError("no redirect, status " + status));
        }
    }

    public Page get(String path) {
        return send(request(path).GET().build());
    }

    /** Posts a form with the CSRF token found in the given page's form at {@code action}. */
    public Page submit(Page formPage, String action, Map<String, ?> fields) {
        String token =
                formPage.document()
                        .select("form[action=\"" + action + "\"] input[name=_csrf]")
                        .attr("value");
        if (token.isEmpty()) {
            throw new AssertionError("no form posting to " + action + " with a CSRF field");
        }
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        return post(action, all);
    }

    /** Posts a form as given, without adding anything (for forged requests). */
    public Page post(String path, Map<String, ?> fields) {
        return post(path, fields, Map.of());
    }

    /** A form post; a field whose value is a list is sent once per value, as checkboxes are. */
    public Page post(String path, Map<String, ?> fields, Map<String, String> headers) {
        String body =
                fields.entrySet().stream()
                        .flatMap(
                                e ->
                                        (e.getValue() instanceof List<?> list
                                                        ? list
                                                        : List.of(e.getValue()))
                                                .stream()
                                                        .map(
                                                                v ->
                                                                        encode(e.getKey())
                                                                                + "="
                                                                                + encode(
                                                                                        String
                                                                                                .valueOf(
                                                                                                        v))))
                        .collect(Collectors.joining("&"));
        HttpRequest.Builder builder =
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /**
     * Posts a multipart form as a browser sends a file form: text fields (a list value is sent once
     * per value) and files given as name → bytes, all under the part name {@code fileField}.
     */
    public Page postMultipart(
            String path, Map<String, ?> fields, String fileField, Map<String, byte[]> files) {
        String boundary = "----relais" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach(
                (name, value) -> {
                    for (Object v : value instanceof List<?> list ? list : List.of(value)) {
                        body.writeBytes(
                                ("--"
                                                + boundary
                                                + "\r\nContent-Disposition: form-data; name=\""
                                                + name
                                                + "\"\r\n\r\n"
                                                + v
                                                + "\r\n")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                });
        files.forEach(
                (name, bytes) -> {
                    body.writeBytes(
                            ("--"
                                            + boundary
                                            + "\r\nContent-Disposition: form-data; name=\""
                                            + fileField
                                            + "\"; filename=\""
                                            + name
                                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    body.writeBytes(bytes);
                    body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                });
        body.writeBytes(
                ("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(
                request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build());
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            Document document = Jsoup.parse(response.body());
            if (response.headers()
                    .firstValue("Content-Type")
                    .filter(type -> type.startsWith("text/html"))
                    .isPresent()) {
                FieldErrorLinks.assertConsistent(
                        document, request.method() + " " + request.uri().getPath());
            }
            return new Page(response.statusCode(), document, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

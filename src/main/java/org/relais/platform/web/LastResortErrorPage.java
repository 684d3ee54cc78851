package org.relais.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The page shown when everything else failed, even the theme's error page: plain French HTML with
 * no template and no stack trace, only the correlation id that leads to the log line.
 */
@WebServlet("/erreur-interne")
public class LastResortErrorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static String html(String correlationId) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Erreur interne — Relais</title></head><body><main>"
                + "<h1>Une erreur inattendue s’est produite</h1>"
                + "<p>Réessayez dans un instant ou revenez à <a href=\"/\">l’accueil de Relais</a>.</p>"
                + "<p>Identifiant de l’erreur : <code>"
                + correlationId.replaceAll("[^a-f0-9]", "")
                + "</code></p></main></body></html>";
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(500);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(html(CorrelationId.of(request)).getBytes(StandardCharsets.UTF_8));
    }
}

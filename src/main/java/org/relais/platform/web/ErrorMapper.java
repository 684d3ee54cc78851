package org.relais.platform.web;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.error.BusinessException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.error.TooManyRequestsException;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.web.view.View;

/**
 * The one place where failures become responses: {@code application/problem+json} under {@code
 * /api}, a French error page elsewhere. Unexpected failures are logged with the request's
 * correlation id and shown without any stack trace.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Inject ProblemWriter problems;
    @Inject Messages messages;
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Throwable error) {
        Failure failure = classify(error);
        if (failure.status() >= 500) {
            LOG.log(
                    Level.SEVERE,
                    "Erreur interne [" + CorrelationId.of(request) + "] " + request.getRequestURI(),
                    error);
        }
        if (isApi()) {
            return apiResponse(failure, error);
        }
        if (failure.status() == 401) {
            return Response.seeOther(loginUri()).build();
        }
        return pageResponse(failure, error);
    }

    private record Failure(
            int status, String messageKey, Object[] arguments, List<Problem.FieldMessage> errors) {}

    private Failure classify(Throwable error) {
        Locale locale = RequestLocale.resolve(request);
        if (error instanceof RuleViolation violation) {
            return new Failure(
                    violation.status(),
                    violation.messageKey(),
                    new Object[0],
                    fieldMessages(violation, locale));
        }
        if (error instanceof BusinessException business) {
            return new Failure(
                    business.status(), business.messageKey(), business.arguments(), List.of());
        }
        if (error instanceof ConstraintViolationException violations) {
            List<Problem.FieldMessage> fields =
                    violations.getConstraintViolations().stream()
                            .map(
                                    v ->
                                            new Problem.FieldMessage(
                                                    lastNode(v.getPropertyPath().toString()),
                                                    v.getMessage()))
                            .toList();
            return new Failure(422, "error.validation", new Object[0], fields);
        }
        if (error instanceof OptimisticLockException) {
            return new Failure(409, "error.409.concurrent", new Object[0], List.of());
        }
        if (error instanceof JsonbException || error instanceof ProcessingException) {
            return new Failure(400, "error.400.body", new Object[0], List.of());
        }
        if (error instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return new Failure(status, "error." + status, new Object[0], List.of());
        }
        return new Failure(500, "error.500", new Object[0], List.of());
    }

    private List<Problem.FieldMessage> fieldMessages(RuleViolation violation, Locale locale) {
        return violation.errors().stream()
                .map(
                        e ->
                                new Problem.FieldMessage(
                                        e.field(),
                                        messages.get(locale, e.messageKey(), e.arguments())))
                .toList();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private boolean isApi() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private Response apiResponse(Failure failure, Throwable error) {
        Problem problem =
                problems.problem(
                        request,
                        failure.status(),
                        detailKey(failure),
                        failure.arguments(),
                        failure.errors());
        Response.ResponseBuilder response =
                Response.status(failure.status())
                        .type(Problem.MEDIA_TYPE)
                        .entity(problems.toJson(problem));
        return withHeaders(response, error).build();
    }

    private Response pageResponse(Failure failure, Throwable error) {
        Locale locale = RequestLocale.resolve(request);
        View view =
                View.of("error/error")
                        .with("status", failure.status())
                        .with(
                                "errorTitle",
                                messages.find(locale, "error." + failure.status() + ".title")
                                        .orElse(messages.get(locale, "error.500.title")))
                        .with(
                                "detail",
                                messages.get(locale, detailKey(failure), failure.arguments()))
                        .with("errors", failure.errors());
        Response.ResponseBuilder response =
                Response.status(failure.status()).type(MediaType.TEXT_HTML_TYPE).entity(view);
        return withHeaders(response, error).build();
    }

    private String detailKey(Failure failure) {
        Locale locale = RequestLocale.resolve(request);
        return messages.find(locale, failure.messageKey()).isPresent()
                ? failure.messageKey()
                : "error." + (failure.status() >= 500 ? 500 : failure.status() == 404 ? 404 : 400);
    }

    private static Response.ResponseBuilder withHeaders(
            Response.ResponseBuilder response, Throwable error) {
        if (error instanceof TooManyRequestsException limited) {
            response.header("Retry-After", limited.retryAfterSeconds());
        }
        if (error instanceof WebApplicationException web
                && web.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", web.getResponse().getHeaderString("Allow"));
        }
        return response;
    }

    private URI loginUri() {
        String target = request.getRequestURI();
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return URI.create("/connexion?retour=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
}

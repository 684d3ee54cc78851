package org.relais.platform.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;

/**
 * Re-renders a form after a rule violation, with each message beside its field (the template reads
 * {@code errors['email']}) and a summary at the top, in the status the API would give.
 */
@RequestScoped
public class FormErrors {
    @Inject Messages messages;
    @Inject RequestLocale locale;

    public Response rerender(View form, RuleViolation violation) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError error : violation.errors()) {
            byField.computeIfAbsent(error.field(), f -> new ArrayList<>())
                    .add(messages.get(locale.get(), error.messageKey(), error.arguments()));
        }
        return Response.status(violation.status())
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(form.with("errors", byField))
                .build();
    }
}

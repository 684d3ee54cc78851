package org.relais.platform.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/**
 * Validates commands at the service boundary with Bean Validation. Constraint messages are bundle
 * keys in braces ({@code {account.email.invalid}}); they are turned into {@link FieldError}s that
 * pages and the API translate into the reader's language.
 */
@ApplicationScoped
public class CommandValidator {
    @Inject Validator validator;

    public void check(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<FieldError> errors =
                    violations.stream()
                            .map(v -> new FieldError(field(v), key(v.getMessageTemplate())))
                            .sorted(Comparator.comparing(FieldError::field))
                            .toList();
            throw new RuleViolation(errors);
        }
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}

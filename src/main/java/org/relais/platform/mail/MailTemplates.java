package org.relais.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.i18n.Messages;
import org.relais.platform.web.theme.BundleMessageResolver;
import org.relais.platform.web.theme.ThemeTemplateEngine;
import org.relais.platform.web.view.PageRenderer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Mails are plain-text templates of the theme ({@code templates/mail/<name>.txt}); the subject is
 * the bundle message {@code mail.<name>.subject}. Every template sees {@code baseUrl}.
 */
@ApplicationScoped
public class MailTemplates {
    @Inject Messages messages;
    @Inject PageRenderer pages;

    @Inject
    @ConfigProperty(name = "relais.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private TemplateEngine engine;

    @PostConstruct
    void init() {
        engine =
                ThemeTemplateEngine.build(
                        pages.files(),
                        new BundleMessageResolver(messages),
                        true,
                        TemplateMode.TEXT,
                        ".txt");
    }

    public MailMessage compose(String to, String name, Locale locale, Map<String, Object> model) {
        Context context = new Context(locale, model);
        context.setVariable("baseUrl", baseUrl.replaceAll("/+$", ""));
        String body = engine.process("mail/" + name, context);
        return new MailMessage(to, messages.get(locale, "mail." + name + ".subject"), body);
    }
}

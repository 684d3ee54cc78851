package org.relais.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.relais.platform.i18n.Messages;
import org.relais.platform.web.SiteAddress;
import org.relais.platform.web.theme.BundleMessageResolver;
import org.relais.platform.web.theme.ThemeTemplateEngine;
import org.relais.platform.web.view.PageRenderer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Mails are plain-text templates of the theme ({@code templates/mail/<name>.txt}); the subject is
 * the bundle message {@code mail.<name>.subject}. Every template sees {@code baseUrl}. A mail that
 * also has an HTML form ({@link #composeWithHtml}) adds {@code templates/mail/<name>.html}.
 */
@ApplicationScoped
public class MailTemplates {
    @Inject Messages messages;
    @Inject PageRenderer pages;

    @Inject SiteAddress site;

    private TemplateEngine engine;
    private TemplateEngine htmlEngine;

    @PostConstruct
    void init() {
        engine =
                ThemeTemplateEngine.build(
                        pages.files(),
                        new BundleMessageResolver(messages),
                        true,
                        TemplateMode.TEXT,
                        ".txt");
        htmlEngine =
                ThemeTemplateEngine.build(
                        pages.files(),
                        new BundleMessageResolver(messages),
                        true,
                        TemplateMode.HTML,
                        ".html");
    }

    public MailMessage compose(String to, String name, Locale locale, Map<String, Object> model) {
        String body = engine.process("mail/" + name, context(locale, model));
        return new MailMessage(to, messages.get(locale, "mail." + name + ".subject"), body);
    }

    /** A mail with a plain-text part and an HTML part, sent as multipart/alternative. */
    public MailMessage composeWithHtml(
            String to,
            String name,
            String subject,
            Locale locale,
            Map<String, Object> model,
            Map<String, String> headers) {
        Context context = context(locale, model);
        return new MailMessage(
                to,
                subject,
                engine.process("mail/" + name, context),
                htmlEngine.process("mail/" + name, context),
                headers);
    }

    /** The subject of a mail template, for {@link #composeWithHtml}. */
    public String subject(Locale locale, String name, Object... arguments) {
        return messages.get(locale, "mail." + name + ".subject", arguments);
    }

    private Context context(Locale locale, Map<String, Object> model) {
        Context context = new Context(locale, model);
        context.setVariable("baseUrl", baseUrl());
        return context;
    }

    public String baseUrl() {
        return site.base();
    }
}

package org.relais.platform.web.theme;

import org.relais.platform.i18n.Messages;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Lets templates read {@code #{key}} from the application's bundle through {@link Messages}. */
public final class BundleMessageResolver extends AbstractMessageResolver {
    private final Messages messages;

    public BundleMessageResolver(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String resolveMessage(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return messages.find(context.getLocale(), key, messageParameters).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return "??" + key + "??";
    }
}

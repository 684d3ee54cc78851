package org.relais.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Everything a user reads comes from the {@code i18n/messages} bundle: French in the base file,
 * English in {@code messages_en}. The JVM's default locale never takes part in the look-up, so a
 * server set to English still answers French visitors in French.
 */
@ApplicationScoped
public class Messages {
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String get(Locale locale, String key, Object... arguments) {
        return find(locale, key, arguments).orElse("??" + key + "??");
    }

    public Optional<String> find(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            if (arguments == null || arguments.length == 0) {
                return Optional.of(pattern.replace("''", "'"));
            }
            return Optional.of(
                    new MessageFormat(pattern, locale).format(rendered(locale, arguments)));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The arguments, with the nested messages among them read in the same language. */
    private Object[] rendered(Locale locale, Object[] arguments) {
        Object[] rendered = arguments.clone();
        for (int i = 0; i < rendered.length; i++) {
            if (rendered[i] instanceof MessageText text) {
                rendered[i] = get(locale, text.key(), text.arguments());
            }
        }
        return rendered;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale supported = supported(locale);
        return ResourceBundle.getBundle(
                BUNDLE,
                supported == FRENCH ? Locale.ROOT : supported,
                Messages.class.getClassLoader(),
                NO_DEFAULT_LOCALE);
    }

    /** The supported locale closest to the given one; French when none matches. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return FRENCH;
    }
}

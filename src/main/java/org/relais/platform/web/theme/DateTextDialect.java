package org.relais.platform.web.theme;

import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Set;
import org.relais.platform.i18n.DateText;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * Gives templates {@code #dateText.format(date, 'd MMMM yyyy')}: Thymeleaf's {@code
 * #temporals.format} in the page's locale, with French ordinals ({@link DateText}).
 */
public final class DateTextDialect extends AbstractDialect implements IExpressionObjectDialect {
    private static final String NAME = "dateText";

    public DateTextDialect() {
        super("Relais date text");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Formatter(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** The object templates call. */
    public static final class Formatter {
        private final Locale locale;
        private final Temporals temporals;

        Formatter(Locale locale) {
            this.locale = locale;
            this.temporals = new Temporals(locale);
        }

        public String format(Temporal date, String pattern) {
            return DateText.inLanguage(temporals.format(date, pattern), locale);
        }
    }
}

package org.relais.platform.i18n;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates written out in words. French writes the first day of a month as an ordinal (« le 1er
 * décembre », « mar. 1er déc. », but « le 2 décembre »), which {@link DateTimeFormatter} cannot
 * express: its formatted text is corrected here, for the pages ({@code #dateText} in templates) and
 * for mails and feeds.
 */
public final class DateText {
    private static final Pattern FRENCH_FIRST =
            Pattern.compile(
                    "(?<![0-9])1 (?=(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
                            + "|octobre|novembre|décembre"
                            // the abbreviated months of the "MMM" pattern
                            + "|janv\\.|févr\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|déc\\.)"
                            + "(?!\\p{L}))");

    private DateText() {}

    /** Formats with the formatter, in the formatter's locale. */
    public static String format(DateTimeFormatter formatter, TemporalAccessor date) {
        return inLanguage(formatter.format(date), formatter.getLocale());
    }

    /** Corrects a date already formatted in this locale. */
    public static String inLanguage(String formatted, Locale locale) {
        if (formatted == null || !"fr".equals(locale.getLanguage())) {
            return formatted;
        }
        return FRENCH_FIRST.matcher(formatted).replaceAll("1er ");
    }
}

package org.relais.library.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The attribution to reproduce with a kit, in the TASL form the CC wiki recommends: Title, Author,
 * Source, Licence (name and link), and, for an adaptation, the changes made. For Licence Ouverte
 * the date of the last update is part of the required mention; for CC0 nothing is required, the
 * text is offered as a courtesy.
 *
 * @param title the kit's title
 * @param author who to credit
 * @param sourceUrl where the kit is published, may be null
 * @param licence its licence
 * @param lastUpdated date of the version, may be null
 * @param changes what an adaptation changed, null for the original
 */
public record Attribution(
        String title,
        String author,
        String sourceUrl,
        Licence licence,
        LocalDate lastUpdated,
        String changes) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Attribution {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(licence, "licence");
    }

    public Attribution adaptedWith(String madeChanges) {
        return new Attribution(title, author, sourceUrl, licence, lastUpdated, madeChanges);
    }

    /** The text to copy, one line, in the bundle's language. */
    public String text(Texts texts) {
        StringBuilder text =
                new StringBuilder(
                        texts.text("licence.attribution.work", title.strip(), author.strip()));
        if (present(sourceUrl)) {
            text.append(", ").append(sourceUrl.strip());
        }
        if (lastUpdated != null) {
            text.append(", ")
                    .append(texts.text("licence.attribution.updated", DATE.format(lastUpdated)));
        }
        text.append(", ");
        if (licence.allRightsReserved()) {
            text.append(texts.text("licence.attribution.reserved"));
        } else if (licence.publicDomain()) {
            text.append(
                    texts.text(
                            "licence.attribution.publicDomain",
                            licence.shortName(),
                            licence.legalCodeUrl()));
        } else {
            text.append(
                    texts.text(
                            "licence.attribution.licence",
                            licence.shortName(),
                            licence.legalCodeUrl()));
        }
        text.append('.');
        if (present(changes)) {
            text.append(' ').append(texts.text("licence.attribution.changes", changes.strip()));
        }
        return text.toString();
    }

    /** The attribution block of an adaptation: one line per source, in the order given. */
    public static String block(List<Attribution> sources, Texts texts) {
        return String.join("\n", sources.stream().map(a -> "– " + a.text(texts)).toList());
    }

    /**
     * The attribution of an adaptation of kits: its own, then its sources' block under a heading;
     * unchanged when there is no block (an original work).
     */
    public static String withSources(String attribution, String sourcesBlock, Texts texts) {
        if (!present(sourcesBlock)) {
            return attribution;
        }
        return attribution
                + "\n"
                + texts.text("library.kit.attribution.sources")
                + "\n"
                + sourcesBlock;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

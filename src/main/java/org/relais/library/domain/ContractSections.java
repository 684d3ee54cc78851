package org.relais.library.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading order of a contract, shared by its HTML page and its PDF so that both show the same
 * text: a title, then sections of lines. Built from the parsed canonical form only.
 */
public final class ContractSections {
    /** One section: a heading and its lines; {@code bullets} when the lines are a list of terms. */
    public record Section(String heading, List<String> lines, boolean bullets) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ContractSections() {}

    public static String title(ContractDocument contract, Texts texts) {
        return texts.text(contract.kind().messageKey()) + " " + contract.number();
    }

    public static String issued(ContractDocument contract, Texts texts) {
        return texts.text("contract.issued", DATE_TIME.format(contract.issuedAt().atZone(PARIS)));
    }

    public static List<Section> of(ContractDocument c, Texts texts) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(texts.text("contract.section.parties"), parties(c, texts), false));
        List<String> work = new ArrayList<>();
        work.add(
                texts.text(
                        "contract.work.kit",
                        c.kitTitle(),
                        Long.toString(c.kitId()),
                        Integer.toString(c.versionNumber())));
        c.files().forEach(f -> work.add(texts.text("contract.work.file", f.name(), f.sha256())));
        sections.add(new Section(texts.text("contract.section.work"), work, false));
        sections.add(
                new Section(
                        texts.text("contract.section.licence"),
                        List.of(
                                texts.text("contract.licence.line", c.licenceName(), c.licenceId()),
                                c.legalCodeUrl().isEmpty()
                                        ? texts.text("contract.licence.noLegalCode")
                                        : texts.text(
                                                "contract.licence.legalCode", c.legalCodeUrl())),
                        false));
        sections.add(new Section(texts.text("contract.section.use"), c.declaredUse(), false));
        sections.add(new Section(texts.text("contract.section.permitted"), c.permitted(), true));
        sections.add(
                new Section(texts.text("contract.section.obligations"), c.obligations(), true));
        sections.add(new Section(texts.text("contract.section.notCovered"), c.notCovered(), true));
        sections.add(
                new Section(
                        texts.text("contract.section.attribution"),
                        List.of(c.attribution()),
                        false));
        if (c.authorConditions() != null) {
            sections.add(
                    new Section(
                            texts.text("contract.section.conditions"),
                            List.of(c.authorConditions()),
                            false));
        }
        sections.add(
                new Section(
                        texts.text("contract.section.period"), List.of(period(c, texts)), false));
        if (c.acceptance() != null) {
            sections.add(
                    new Section(
                            texts.text("contract.section.acceptance"),
                            List.of(
                                    texts.text(
                                            "contract.acceptance.line",
                                            c.acceptance().by(),
                                            DATE_TIME.format(c.acceptance().at().atZone(PARIS)))),
                            false));
        }
        return sections;
    }

    private static List<String> parties(ContractDocument c, Texts texts) {
        List<String> lines = new ArrayList<>();
        for (ContractDocument.Party p : c.parties()) {
            String kind =
                    texts.text(
                            p.kind() == Requester.Kind.ORGANISATION
                                    ? "contract.party.organisation"
                                    : "contract.party.person");
            String described =
                    p.name()
                            + " ("
                            + kind
                            + (p.publicBody() ? ", " + texts.text("contract.party.publicBody") : "")
                            + ")";
            lines.add(texts.text("contract.party." + p.role().name(), described));
        }
        return lines;
    }

    private static String period(ContractDocument c, Texts texts) {
        LocalDate from = c.periodFrom();
        LocalDate to = c.periodTo();
        if (from != null && to != null) {
            return texts.text("contract.period.range", DATE.format(from), DATE.format(to));
        }
        if (from != null) {
            return texts.text("contract.period.from", DATE.format(from));
        }
        if (to != null) {
            return texts.text("contract.period.to", DATE.format(to));
        }
        return texts.text("contract.period.none");
    }

    /** The declared use as contract lines, rendered once when the contract is issued. */
    public static List<String> declaredUse(IntendedUse use, Texts texts) {
        String yes = texts.text("contract.yes");
        String no = texts.text("contract.no");
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("contract.use.context", texts.text(use.context().messageKey())));
        lines.add(texts.text("contract.use.commercial", use.commercial() ? yes : no));
        lines.add(texts.text("contract.use.reproduce", use.reproduce() ? yes : no));
        lines.add(
                texts.text("contract.use.distribute", texts.text(use.distribution().messageKey())));
        String adaptations =
                use.adaptations().isEmpty()
                        ? texts.text("contract.use.none")
                        : String.join(
                                ", ",
                                use.adaptations().stream()
                                        .sorted()
                                        .map(a -> texts.text(a.messageKey()))
                                        .toList());
        lines.add(texts.text("contract.use.adapt", adaptations));
        lines.add(texts.text("contract.use.screening", use.publicScreening() ? yes : no));
        if (use.audienceSize() != null) {
            lines.add(texts.text("contract.use.audience", use.audienceSize().toString()));
        }
        if (use.places() != null && !use.places().isBlank()) {
            lines.add(texts.text("contract.use.places", use.places().strip()));
        }
        return lines;
    }
}

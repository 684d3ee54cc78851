package org.relais.library.web.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.library.application.DraftState;
import org.relais.library.application.DraftState.DraftLink;
import org.relais.library.domain.LicenceChooser;
import org.relais.library.domain.Origin;
import org.relais.library.web.ReceivedParts;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.text.Tags;

/** Reads the deposit steps' forms into the draft's shapes. */
final class DepositForms {
    static final int LINK_ROWS = 3;

    private DepositForms() {}

    /** Step 1's text fields (files are the parts' uploads). */
    static DraftState details(ReceivedParts parts) {
        DraftState s = new DraftState();
        s.title = orEmpty(parts.field("title"));
        s.summary = orEmpty(parts.field("summary"));
        s.description = orEmpty(parts.field("description"));
        s.audience = orEmpty(parts.field("audience"));
        s.level = orEmpty(parts.field("level"));
        s.changes = orEmpty(parts.field("changes"));
        String duration = orEmpty(parts.field("durationMinutes")).strip();
        if (!duration.isEmpty()) {
            try {
                s.durationMinutes = Integer.parseInt(duration);
            } catch (NumberFormatException e) {
                s.durationMinutes = -1; // refused by the rules with a message beside the field
            }
        }
        s.tags = Tags.splitList(parts.field("tags"));
        s.places = new ArrayList<>(parts.fields("places"));
        List<String> urls = parts.fields("linkUrl");
        List<String> labels = parts.fields("linkLabel");
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i).strip();
            if (!url.isEmpty()) {
                s.links.add(new DraftLink(url, i < labels.size() ? labels.get(i).strip() : ""));
            }
        }
        return s;
    }

    /** Shows the sent details again after a refusal, keeping the draft's files. */
    static void copyDetails(DraftState from, DraftState to) {
        to.title = from.title;
        to.summary = from.summary;
        to.description = from.description;
        to.audience = from.audience;
        to.level = from.level;
        to.changes = from.changes;
        to.durationMinutes =
                from.durationMinutes != null && from.durationMinutes < 0
                        ? null
                        : from.durationMinutes;
        to.tags = from.tags;
        to.places = from.places;
        to.links = from.links;
    }

    static Origin origin(MultivaluedMap<String, String> form) {
        String kind = form.getFirst("kind");
        if (kind == null || kind.isBlank()) {
            return null;
        }
        Origin.Kind k;
        try {
            k = Origin.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (k) {
            case OWN -> Origin.own();
            case CO_AUTHORS ->
                    Origin.coAuthors(
                            form.getFirst("coAuthors"),
                            "oui".equals(form.getFirst("agreementConfirmed")));
            case THIRD_PARTY ->
                    Origin.thirdParty(form.getFirst("owner"), form.getFirst("existingPermission"));
            case AI_ASSISTED -> Origin.aiAssisted(form.getFirst("aiTool"), form.getFirst("aiPart"));
            case PUBLIC_DOMAIN -> Origin.publicDomain(form.getFirst("publicDomainReason"));
            case ADAPTATION -> Origin.adaptation(sources(form, "origin"));
        };
    }

    private static final Pattern KIT_ADDRESS =
            Pattern.compile("(?:.*/bibliotheque/kits/)?([0-9]{1,18})(?:[/?#].*)?");

    /**
     * The kits an adaptation comes from: typed as ids or addresses of kit pages (separated by
     * commas, spaces or lines) and chosen in the list of published kits.
     *
     * @throws RuleViolation naming what is neither an id nor a kit address
     */
    static List<Long> sources(MultivaluedMap<String, String> form, String field) {
        List<Long> ids = new ArrayList<>();
        String typed = orEmpty(form.getFirst("sources")).strip();
        for (String token : typed.isEmpty() ? new String[0] : typed.split("[,;\\s]+")) {
            Matcher kit = KIT_ADDRESS.matcher(token);
            if (!kit.matches()) {
                throw RuleViolation.of(field, "library.origin.source.unreadable", token);
            }
            ids.add(Long.parseLong(kit.group(1)));
        }
        for (String chosen : form.getOrDefault("sourceKits", List.of())) {
            try {
                ids.add(Long.parseLong(chosen));
            } catch (NumberFormatException e) {
                throw RuleViolation.of(field, "library.origin.source.unreadable", chosen);
            }
        }
        return ids;
    }

    static LicenceChooser.Answers chooserAnswers(
            MultivaluedMap<String, String> form, boolean publicBody) {
        String adaptations = form.getFirst("adaptations");
        String commercial = form.getFirst("commercial");
        String publicDomain = form.getFirst("domainePublic");
        if (publicDomain == null
                || (!"oui".equals(publicDomain) && (adaptations == null || commercial == null))) {
            throw RuleViolation.of("choix", "library.chooser.incomplete");
        }
        LicenceChooser.Adaptations adapt;
        try {
            adapt =
                    adaptations == null
                            ? LicenceChooser.Adaptations.YES
                            : LicenceChooser.Adaptations.valueOf(adaptations);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("choix", "library.chooser.incomplete");
        }
        return new LicenceChooser.Answers(
                "oui".equals(publicDomain), adapt, "oui".equals(commercial), publicBody);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

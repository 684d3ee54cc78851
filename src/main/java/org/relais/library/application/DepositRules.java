package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relais.directory.application.PlaceService;
import org.relais.library.application.DepositKit.NewLink;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitDetails;
import org.relais.library.domain.KitLevel;
import org.relais.library.domain.KitLink;
import org.relais.library.domain.KitVersion;
import org.relais.library.domain.Licence;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.Origin;
import org.relais.library.domain.ThirdPartyLicence;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.tags.TagView;

/**
 * Checks a deposit as a whole before anything is stored, and reports every problem at once (each
 * beside its field on the pages, in the problem's {@code errors} in the API). The checks that are
 * steps of the guided deposit are also offered one by one.
 */
@ApplicationScoped
public class DepositRules {
    public static final int DURATION_MAX = 60 * 24 * 7;
    public static final int LINKS_MAX = 20;

    @Inject TagRegistry tags;
    @Inject PlaceService places;
    @Inject RemixAdvice remix;
    private final LicenceCatalogue licences = LicenceCatalogue.standard();

    /** A deposit that passed every check. */
    public record CheckedDeposit(
            KitDetails details,
            Licence licence,
            Origin origin,
            ExtraGrants grants,
            List<NewLink> links,
            RemixAdvice.Advice remix) {}

    /**
     * @param withFiles whether the version will have at least one file
     * @throws RuleViolation listing every problem
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckedDeposit check(Caller caller, DepositKit command, boolean withFiles) {
        List<FieldError> errors = new ArrayList<>();
        KitDetails details = details(caller, command, errors);
        errors.addAll(originErrors(command.origin()));
        Licence licence = licence(command.licenceId(), command.origin(), errors);
        if (licence != null) {
            errors.addAll(grantErrors(licence, command.grants()));
        }
        List<NewLink> links = links(command.links(), errors);
        if (!command.declarationAccepted()) {
            errors.add(fieldError("declarationAccepted", "library.declaration.required"));
        }
        if (!withFiles) {
            errors.add(fieldError("file", "library.files.required"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return new CheckedDeposit(
                details,
                licence,
                command.origin(),
                command.grants().effectiveFor(licence),
                links,
                remixVerdict(command.origin()).orElse(null));
    }

    /** Step 1 of the guided deposit: what the kit is (files are checked apart). */
    @Transactional(Transactional.TxType.MANDATORY)
    public KitDetails checkDetails(Caller caller, DepositKit command) {
        List<FieldError> errors = new ArrayList<>();
        KitDetails details = details(caller, command, errors);
        links(command.links(), errors);
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return details;
    }

    public List<FieldError> originErrors(Origin origin) {
        if (origin == null) {
            return List.of(fieldError("origin", "library.origin.required"));
        }
        List<FieldError> errors =
                new ArrayList<>(
                        origin.problems().stream().map(key -> fieldError("origin", key)).toList());
        if (errors.isEmpty() && origin.kind() == Origin.Kind.ADAPTATION) {
            for (Long source : origin.sources()) {
                if (!remix.isPublishedKit(source)) {
                    errors.add(
                            fieldError(
                                    "origin",
                                    "library.origin.source.unknown",
                                    String.valueOf(source)));
                }
            }
        }
        return errors;
    }

    /**
     * For an adaptation of kits, the remix check's verdict on its sources, or empty for other
     * origins and for sources that are not all published kits (an origin error says so).
     */
    public Optional<RemixAdvice.Advice> remixVerdict(Origin origin) {
        if (origin == null
                || origin.kind() != Origin.Kind.ADAPTATION
                || !originErrors(origin).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(remix.byKits(origin.sources(), Optional.empty(), Locale.FRENCH));
    }

    /** The licence chosen, or null with an error added. */
    public Licence licence(String licenceId, Origin origin, List<FieldError> errors) {
        if (licenceId == null || licenceId.isBlank()) {
            errors.add(fieldError("licence", "library.licence.required"));
            return null;
        }
        Licence licence = licences.byId(licenceId.strip()).orElse(null);
        if (licence == null) {
            errors.add(fieldError("licence", "library.licence.unknown", licenceId.strip()));
            return null;
        }
        if (origin != null && origin.kind() == Origin.Kind.THIRD_PARTY) {
            String required =
                    ThirdPartyLicence.required(origin.existingPermission(), licences.all());
            if (!required.equals(licence.id())) {
                errors.add(
                        fieldError(
                                "licence",
                                "library.licence.third-party",
                                licences.byId(required).map(Licence::shortName).orElse(required)));
            }
        }
        remixVerdict(origin)
                .ifPresent(
                        advice -> {
                            if (!advice.result().compatible()) {
                                errors.add(
                                        fieldError(
                                                "licence",
                                                "library.remix.incompatible",
                                                String.join(" ", advice.reasons())));
                            } else if (!advice.result().possibleIds().contains(licence.id())) {
                                errors.add(
                                        fieldError(
                                                "licence",
                                                "library.remix.licence.not-allowed",
                                                licence.shortName(),
                                                advice.result().possibleLicences().stream()
                                                        .map(Licence::shortName)
                                                        .collect(Collectors.joining(", "))));
                            }
                        });
        return licence;
    }

    public List<FieldError> grantErrors(Licence licence, ExtraGrants grants) {
        List<FieldOfUse> redundant = grants.redundantFor(licence);
        if (redundant.isEmpty()) {
            return List.of();
        }
        return List.of(
                fieldError(
                        "grants",
                        "library.grants.redundant",
                        licence.shortName(),
                        redundant.stream().map(Enum::name).collect(Collectors.joining(", "))));
    }

    private KitDetails details(Caller caller, DepositKit c, List<FieldError> errors) {
        String title = strip(c.title());
        if (title.isEmpty()) {
            errors.add(fieldError("title", "library.title.required"));
        } else if (title.length() < Kit.TITLE_MIN || title.length() > Kit.TITLE_MAX) {
            errors.add(fieldError("title", "library.title.length", Kit.TITLE_MIN, Kit.TITLE_MAX));
        }
        String summary = strip(c.summary());
        if (summary.isEmpty()) {
            errors.add(fieldError("summary", "library.summary.required"));
        } else if (summary.length() > Kit.SUMMARY_MAX) {
            errors.add(fieldError("summary", "library.summary.too-long", Kit.SUMMARY_MAX));
        }
        String description = c.description() == null ? "" : c.description();
        if (description.length() > Kit.DESCRIPTION_MAX) {
            errors.add(
                    fieldError("description", "library.description.too-long", Kit.DESCRIPTION_MAX));
        }
        String audience = strip(c.audience());
        if (audience.length() > Kit.AUDIENCE_MAX) {
            errors.add(fieldError("audience", "library.audience.too-long", Kit.AUDIENCE_MAX));
        }
        Integer duration = c.durationMinutes();
        if (duration != null && (duration < 1 || duration > DURATION_MAX)) {
            errors.add(fieldError("durationMinutes", "library.duration.invalid"));
        }
        KitLevel level = level(c.level(), errors);
        List<String> slugs = tagSlugs(caller, c.tags(), errors);
        for (String place : c.places()) {
            if (!placeExists(place)) {
                errors.add(fieldError("places", "library.place.unknown", place));
            }
        }
        return new KitDetails(
                title,
                summary,
                description,
                audience.isEmpty() ? null : audience,
                duration,
                level,
                slugs,
                c.places());
    }

    private static KitLevel level(String level, List<FieldError> errors) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return KitLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(fieldError("level", "library.level.invalid"));
            return null;
        }
    }

    private List<String> tagSlugs(Caller caller, List<String> typed, List<FieldError> errors) {
        try {
            return tags.resolve(typed, caller, 1, Kit.TAGS_MAX).stream()
                    .map(TagView::slug)
                    .toList();
        } catch (RuleViolation violation) {
            errors.addAll(violation.errors());
            return List.of();
        }
    }

    private boolean placeExists(String placeId) {
        try {
            places.get(placeId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static List<NewLink> links(List<NewLink> links, List<FieldError> errors) {
        if (links.size() > LINKS_MAX) {
            errors.add(fieldError("links", "library.links.too-many", LINKS_MAX));
            return List.of();
        }
        List<NewLink> checked = new ArrayList<>();
        for (NewLink link : links) {
            String url = strip(link.url());
            if (url.isEmpty() && strip(link.label()).isEmpty()) {
                continue;
            }
            if (!isWebAddress(url) || url.length() > KitLink.URL_MAX) {
                errors.add(fieldError("links", "library.link.invalid", url));
                continue;
            }
            String label = strip(link.label()).isEmpty() ? url : strip(link.label());
            if (label.length() > KitLink.LABEL_MAX) {
                label = label.substring(0, KitLink.LABEL_MAX);
            }
            checked.add(new NewLink(url, label));
        }
        return checked;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** A field error with message arguments. */
    public static FieldError fieldError(String field, String key, Object... arguments) {
        return new FieldError(field, key, arguments);
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** The changes note of a new version, bounded. */
    static String changes(String changes) {
        String note = strip(changes);
        return note.length() > KitVersion.CHANGES_MAX
                ? note.substring(0, KitVersion.CHANGES_MAX)
                : note;
    }
}

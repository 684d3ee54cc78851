package org.relais.library.web.api;

import static org.relais.library.application.DepositRules.fieldError;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relais.library.application.DepositKit;
import org.relais.library.application.KitView;
import org.relais.library.application.VersionView;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.FileFamily;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.Origin;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.tags.TagRegistry.TagLabel;

/** The wire shapes of the library (plain records: ids as strings, enums as their names). */
public final class KitJson {
    private KitJson() {}

    /**
     * The {@code kit} part of a deposit or of a new version; a new version may name the {@code
     * revision} of the kit it was written from.
     */
    public record DepositJson(
            String title,
            String summary,
            String description,
            String audience,
            Integer durationMinutes,
            String level,
            List<String> tags,
            List<String> places,
            List<LinkJson> links,
            OriginJson origin,
            String licence,
            Map<String, String> grants,
            Boolean publicBody,
            Boolean declarationAccepted,
            String changes,
            List<String> keepFiles,
            String revision) {}

    public record OriginJson(
            String kind,
            String names,
            Boolean agreementConfirmed,
            String existingPermission,
            String aiTool,
            String aiPart,
            String publicDomainReason,
            List<String> sources) {}

    public record LinkJson(String url, String label) {}

    public record RatingJson(Integer stars) {}

    public record ReportJson(String reason, String comment) {}

    public record PublicationJson(Boolean published) {}

    public record ReportResultJson(String id, boolean unpublished) {}

    public record AuthorJson(String id, String displayName) {}

    public record PlaceJson(String id, String name) {}

    public record RatingSummaryJson(double average, int count, int mine) {}

    public record FileJson(
            String id,
            String name,
            String mediaType,
            String type,
            long size,
            String sha256,
            String url) {}

    public record DeclarationJson(
            String memberId, OffsetDateTime acceptedAt, String termsVersion) {}

    public record VersionJson(
            int number,
            String changes,
            String licence,
            OriginJson origin,
            boolean publicBody,
            Map<String, String> grants,
            OffsetDateTime createdAt,
            DeclarationJson declaration,
            List<FileJson> files,
            List<LinkJson> links,
            String sourcesAttribution) {}

    public record KitOutJson(
            String id,
            String title,
            String summary,
            String description,
            String descriptionHtml,
            String audience,
            Integer durationMinutes,
            String level,
            String status,
            List<String> tags,
            List<PlaceJson> places,
            AuthorJson author,
            String licence,
            List<String> fileTypes,
            RatingSummaryJson rating,
            int currentVersion,
            VersionJson version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            String url,
            String revision) {}

    public static KitOutJson of(KitView k) {
        return new KitOutJson(
                String.valueOf(k.id()),
                k.title(),
                k.summary(),
                k.descriptionSource(),
                k.descriptionHtml(),
                k.audience(),
                k.durationMinutes(),
                k.level() == null ? null : k.level().name(),
                k.status().name(),
                k.tags().stream().map(TagLabel::slug).toList(),
                k.places().stream().map(p -> new PlaceJson(p.id(), p.name())).toList(),
                new AuthorJson(String.valueOf(k.authorId()), k.authorName()),
                k.licenceId(),
                k.fileFamilies().stream().map(FileFamily::slug).toList(),
                new RatingSummaryJson(k.averageRating(), k.ratingCount(), k.myRating()),
                k.version() == null ? 0 : k.version().number(),
                k.version() == null ? null : of(k.version()),
                k.createdAt(),
                k.updatedAt(),
                k.url(),
                k.revision());
    }

    public static VersionJson of(VersionView v) {
        Origin o = v.origin();
        Map<String, String> grants = new java.util.LinkedHashMap<>();
        v.grants().forEach((field, answer) -> grants.put(field.name(), answer.name()));
        return new VersionJson(
                v.number(),
                v.changes(),
                v.licenceId(),
                new OriginJson(
                        o.kind().name(),
                        o.names(),
                        o.agreementConfirmed(),
                        o.existingPermission(),
                        o.aiTool(),
                        o.aiPart(),
                        o.publicDomainReason(),
                        o.sources().stream().map(String::valueOf).toList()),
                v.publicBody(),
                grants,
                v.createdAt(),
                v.declaredBy() == null
                        ? null
                        : new DeclarationJson(
                                String.valueOf(v.declaredBy()), v.declaredAt(), v.termsVersion()),
                v.files().stream()
                        .map(
                                f ->
                                        new FileJson(
                                                String.valueOf(f.id()),
                                                f.name(),
                                                f.mediaType(),
                                                f.family(),
                                                f.size(),
                                                f.sha256(),
                                                f.downloadUrl()))
                        .toList(),
                v.links().stream().map(l -> new LinkJson(l.url(), l.label())).toList(),
                v.sourcesAttribution());
    }

    /** The command a {@code kit} part describes; unreadable enums are field errors. */
    public static DepositKit command(DepositJson json) {
        List<FieldError> errors = new ArrayList<>();
        Origin origin = origin(json.origin(), errors);
        ExtraGrants grants = grants(json.grants(), errors);
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return new DepositKit(
                json.title(),
                json.summary(),
                json.description(),
                json.audience(),
                json.durationMinutes(),
                json.level(),
                json.tags(),
                json.places(),
                json.links() == null
                        ? List.of()
                        : json.links().stream()
                                .map(l -> new DepositKit.NewLink(l.url(), l.label()))
                                .toList(),
                origin,
                json.licence(),
                grants,
                Boolean.TRUE.equals(json.publicBody()),
                Boolean.TRUE.equals(json.declarationAccepted()),
                json.changes());
    }

    private static Origin origin(OriginJson json, List<FieldError> errors) {
        if (json == null || json.kind() == null) {
            return null;
        }
        Origin.Kind kind;
        try {
            kind = Origin.Kind.valueOf(constant(json.kind()));
        } catch (IllegalArgumentException e) {
            errors.add(fieldError("origin", "library.origin.invalid", json.kind()));
            return null;
        }
        return new Origin(
                kind,
                json.names(),
                Boolean.TRUE.equals(json.agreementConfirmed()),
                json.existingPermission(),
                json.aiTool(),
                json.aiPart(),
                json.publicDomainReason(),
                sourceIds(json.sources(), errors));
    }

    private static List<Long> sourceIds(List<String> ids, List<FieldError> errors) {
        List<Long> sources = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                sources.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException | NullPointerException e) {
                errors.add(fieldError("origin", "library.origin.source.unknown", id));
            }
        }
        return sources;
    }

    private static ExtraGrants grants(Map<String, String> json, List<FieldError> errors) {
        if (json == null || json.isEmpty()) {
            return ExtraGrants.none();
        }
        Map<FieldOfUse, GrantAnswer> answers = new EnumMap<>(FieldOfUse.class);
        json.forEach(
                (field, answer) -> {
                    try {
                        answers.put(
                                FieldOfUse.valueOf(constant(field)),
                                GrantAnswer.valueOf(constant(answer)));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        errors.add(fieldError("grants", "library.grants.invalid", field));
                    }
                });
        return ExtraGrants.of(answers);
    }

    /** "on-request" → "ON_REQUEST". */
    static String constant(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}

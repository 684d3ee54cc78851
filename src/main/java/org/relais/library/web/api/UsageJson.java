package org.relais.library.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.relais.library.application.ContractRef;
import org.relais.library.application.RequestView;
import org.relais.library.application.UsageAnswer;

/** The JSON of usage requests, contracts, verification and the remix check. */
public final class UsageJson {
    private UsageJson() {}

    public record RequesterJson(String kind, String name, Boolean publicBody) {}

    /** {@code adapt}: a list of translation / accessibility / remix, one of them, or false. */
    public record UseJson(
            String context,
            Boolean commercial,
            Boolean reproduce,
            String distribute,
            Object adapt,
            Boolean publicScreening,
            Integer audienceSize,
            String from,
            String to,
            String places) {}

    public record UsageRequestJson(RequesterJson requester, UseJson use) {}

    public record TermJson(String code, String message) {}

    public record ContractLinkJson(String number, String url, String pdfUrl, String fingerprint) {
        static ContractLinkJson of(ContractRef ref) {
            return ref == null
                    ? null
                    : new ContractLinkJson(
                            ref.number(), ref.url(), ref.pdfUrl(), ref.fingerprint());
        }
    }

    public record AnswerJson(
            String id,
            String verdict,
            String licence,
            List<TermJson> reasons,
            List<String> permitted,
            List<String> obligations,
            List<String> notCovered,
            ContractLinkJson contract) {
        static AnswerJson of(UsageAnswer a) {
            return new AnswerJson(
                    String.valueOf(a.requestId()),
                    a.evaluation().verdict().json(),
                    a.licence().id(),
                    terms(a.reasons()),
                    a.permitted(),
                    a.obligations(),
                    a.notCovered(),
                    a.contract().map(ContractLinkJson::of).orElse(null));
        }
    }

    public record RequestJson(
            String id,
            String kitId,
            String kitTitle,
            String status,
            String verdict,
            RequesterJson requester,
            List<String> use,
            List<TermJson> reasons,
            String message,
            String authorMessage,
            String conditions,
            String grantFrom,
            String grantTo,
            String createdAt,
            ContractLinkJson contract) {
        static RequestJson of(RequestView r) {
            return new RequestJson(
                    String.valueOf(r.id()),
                    String.valueOf(r.kitId()),
                    r.kitTitle(),
                    r.status(),
                    r.verdict(),
                    new RequesterJson(r.requesterKind(), r.requesterName(), r.publicBody()),
                    r.use(),
                    terms(r.reasons()),
                    r.message(),
                    r.authorMessage(),
                    r.conditions(),
                    r.grantFrom() == null ? null : r.grantFrom().toString(),
                    r.grantTo() == null ? null : r.grantTo().toString(),
                    r.createdAt().toString(),
                    r.contract().map(ContractLinkJson::of).orElse(null));
        }
    }

    public record MessageJson(String message) {}

    public record GrantJson(String conditions, String from, String to) {}

    public record VerifyJson(String number, String fingerprint) {}

    public record VerificationJson(
            boolean valid, String status, String number, String issuedAt, String kind) {}

    /** The sources by licence ids or by kit ids (strings, like every id of the API). */
    public record RemixJson(List<String> licences, List<String> kitIds) {}

    public record RemixResultJson(
            boolean compatible,
            List<String> possibleLicences,
            List<String> reasons,
            String attribution) {}

    /** A party to a contract: the kit's author, or the user the contract is issued to. */
    @Schema(description = "A party to the contract")
    public record PartyJson(
            @Schema(enumeration = {"author", "user"}) String role,
            @Schema(enumeration = {"person", "organisation"}) String kind,
            String name,
            @Schema(description = "Whether the party acts for a public body") boolean publicBody) {}

    /** A file of the kit version the contract names. */
    @Schema(description = "A file of the exact kit version the contract covers")
    public record ContractFileJson(
            String name,
            @Schema(description = "SHA-256 of the file's content, lower-case hex") String sha256,
            @Schema(description = "Size in bytes; null if the version's file is no longer known")
                    Long size) {}

    public record ContractJson(
            String number,
            String kind,
            String issuedAt,
            String fingerprint,
            String url,
            String pdfUrl,
            String kitId,
            String kitTitle,
            int version,
            String licence,
            String legalCode,
            List<PartyJson> parties,
            List<ContractFileJson> files,
            List<String> declaredUse,
            List<String> permitted,
            List<String> obligations,
            List<String> notCovered,
            String attribution,
            String authorConditions,
            String canonicalText) {}

    static List<TermJson> terms(List<UsageAnswer.Term> terms) {
        return terms.stream().map(t -> new TermJson(t.code(), t.message())).toList();
    }
}

package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.relais.library.domain.Attribution;
import org.relais.library.domain.Clause;
import org.relais.library.domain.Contract;
import org.relais.library.domain.ContractDocument;
import org.relais.library.domain.ContractDocument.ContractFile;
import org.relais.library.domain.ContractDocument.Party;
import org.relais.library.domain.ContractNumber;
import org.relais.library.domain.ContractSections;
import org.relais.library.domain.Evaluation;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.Licence;
import org.relais.library.domain.Requester;
import org.relais.library.domain.Texts;
import org.relais.library.domain.UsageRepository;
import org.relais.library.domain.UsageRequest;
import org.relais.library.infrastructure.ContractPdf;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.security.Caller;
import org.relais.platform.web.SiteAddress;

/**
 * Issues, reads and verifies contracts. A contract is written in French (the language of the
 * platform's legal documents) whatever the reader's language, numbered from a database sequence,
 * stored as its canonical text with its fingerprint, and never changed.
 */
@ApplicationScoped
@Transactional
public class Contracts {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> ALWAYS_EXCLUDED = List.of("OTHER_USES", "THIRD_PARTY_RIGHTS");

    @Inject UsageRepository repository;
    @Inject KitRepository kits;
    @Inject Messages messages;
    @Inject Clock clock;

    @Inject SiteAddress site;

    /** Verification result: genuine, altered (number known, fingerprint differs) or unknown. */
    public enum Check {
        GENUINE,
        ALTERED,
        UNKNOWN
    }

    public record Verification(
            Check check, String number, Optional<Instant> issuedAt, Optional<String> kind) {}

    /** What the author adds to an authorisation: conditions, period and their acceptance. */
    public record Grant(
            String conditions,
            LocalDate from,
            LocalDate to,
            String authorName,
            Instant acceptedAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Contract issue(
            KitView kit,
            VersionView version,
            Licence licence,
            UsageRequest request,
            Evaluation evaluation,
            Grant grant) {
        Texts fr = texts(Messages.FRENCH);
        Instant now = clock.instant();
        String number =
                ContractNumber.of(
                        LocalDate.ofInstant(now, PARIS).getYear(),
                        repository.nextContractSequence());
        Requester requester = request.requester();
        List<String> permitted = new ArrayList<>(fr.renderAll(evaluation.permitted()));
        List<Clause> excluded = evaluation.notCovered();
        if (grant != null) {
            List<String> lifted = fr.renderAll(evaluation.reasons());
            permitted.add(fr.text("contract.authorisation.lifts", String.join(" ; ", lifted)));
            excluded = excluded.stream().filter(c -> ALWAYS_EXCLUDED.contains(c.code())).toList();
        }
        ContractDocument document =
                new ContractDocument(
                        number,
                        grant == null
                                ? ContractDocument.Kind.USAGE_CONTRACT
                                : ContractDocument.Kind.SPECIFIC_AUTHORISATION,
                        now,
                        List.of(
                                new Party(
                                        Party.Role.AUTHOR,
                                        kit.authorName(),
                                        Requester.Kind.PERSON,
                                        version.publicBody()),
                                new Party(
                                        Party.Role.USER,
                                        requester.name(),
                                        requester.kind(),
                                        requester.publicBody())),
                        kit.id(),
                        kit.title(),
                        version.number(),
                        version.files().stream()
                                .map(f -> new ContractFile(f.name(), f.sha256()))
                                .toList(),
                        licence.id(),
                        licence.nameFr(),
                        licence.legalCodeUrl(),
                        ContractSections.declaredUse(request.use(), fr),
                        permitted,
                        fr.renderAll(evaluation.obligations()),
                        fr.renderAll(excluded),
                        Attribution.withSources(
                                attribution(kit, version, licence).text(fr),
                                version.sourcesAttribution(),
                                fr),
                        grant == null ? null : grant.conditions(),
                        grant != null && grant.from() != null ? grant.from() : request.use().from(),
                        grant != null && grant.to() != null ? grant.to() : request.use().to(),
                        grant == null
                                ? null
                                : new ContractDocument.Acceptance(
                                        grant.authorName(), grant.acceptedAt()));
        Contract contract = new Contract(document, version.id(), request.id());
        repository.store(contract);
        return contract;
    }

    /**
     * The size in bytes of each file the contract names, by SHA-256, read from the version it names
     * (sizes are not part of the signed text, so contracts issued before stay as they were).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> fileSizes(Contract contract) {
        Map<String, Long> sizes = new java.util.HashMap<>();
        if (contract.versionId() != null) {
            kits.files(contract.versionId()).forEach(f -> sizes.put(f.sha256(), f.size()));
        }
        return sizes;
    }

    /** The attribution of a kit version, as the contract and the remix check give it. */
    public Attribution attribution(KitView kit, VersionView version, Licence licence) {
        return new Attribution(
                kit.title(),
                kit.authorName(),
                site.of(kit.url()),
                licence,
                version.createdAt().atZoneSameInstant(PARIS).toLocalDate(),
                null);
    }

    /**
     * A contract for its parties: the requester, the kit's author, moderators. Numbers follow each
     * other, so they are not secrets; the public verification page says only whether a copy is
     * genuine.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Contract read(String number, Caller caller) {
        Contract contract =
                find(number).orElseThrow(() -> new NotFoundException("contract.not-found"));
        boolean moderator = caller.hasRole(Caller.MODERATOR) || caller.hasRole(Caller.ADMIN);
        if (!moderator && !isParty(contract, caller.accountId())) {
            throw new AccessDeniedException("contract.not-a-party");
        }
        return contract;
    }

    private boolean isParty(Contract contract, long accountId) {
        if (contract.usageRequestId() == null) {
            return false;
        }
        return repository
                .findRequest(contract.usageRequestId())
                .map(
                        r ->
                                Long.valueOf(accountId).equals(r.requesterId())
                                        || kits.findKit(r.kitId())
                                                .map(k -> k.isAuthor(accountId))
                                                .orElse(false))
                .orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Contract> find(String number) {
        return repository.findContract(number == null ? "" : number.strip());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String number, String fingerprint) {
        String n = number == null ? "" : number.strip();
        List<FieldError> missing = new ArrayList<>();
        if (n.isEmpty()) {
            missing.add(new FieldError("number", "contract.verify.number.required", new Object[0]));
        }
        if (fingerprint == null || fingerprint.isBlank()) {
            missing.add(
                    new FieldError(
                            "fingerprint", "contract.verify.fingerprint.required", new Object[0]));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing);
        }
        Optional<Contract> found =
                ContractNumber.isWellFormed(n) ? repository.findContract(n) : Optional.empty();
        if (found.isEmpty()) {
            return new Verification(Check.UNKNOWN, n, Optional.empty(), Optional.empty());
        }
        Contract contract = found.get();
        if (!contract.matches(fingerprint)) {
            return new Verification(Check.ALTERED, n, Optional.empty(), Optional.empty());
        }
        return new Verification(
                Check.GENUINE,
                n,
                Optional.of(contract.issuedAt().toInstant()),
                Optional.of(contract.kind().name()));
    }

    public byte[] pdf(Contract contract) {
        return new ContractPdf().render(contract.document(), texts(Messages.FRENCH));
    }

    public Texts texts(Locale locale) {
        return (key, args) -> messages.get(locale, key, args);
    }
}

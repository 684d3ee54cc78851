package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relais.library.domain.Contract;
import org.relais.library.domain.Evaluation;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.IntendedUse;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.KitVersion;
import org.relais.library.domain.Licence;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.Requester;
import org.relais.library.domain.Texts;
import org.relais.library.domain.UsageEvaluator;
import org.relais.library.domain.UsageRepository;
import org.relais.library.domain.UsageRequest;
import org.relais.library.domain.Verdict;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.security.Caller;

/**
 * "Je veux utiliser ce kit": a member declares a use of the current version of a kit; the engine
 * answers; a covered use gets a usage contract at once, an uncovered one may be sent to the author,
 * who grants it (a specific authorisation contract is issued) or refuses it with a message. Usage
 * requests are for members only, so every contract names an account that can be reached.
 */
@ApplicationScoped
@Transactional
public class UsageService {
    private static final int LIST_MAX = 200;

    @Inject UsageRepository repository;
    @Inject KitRepository kitRepository;
    @Inject KitService kits;
    @Inject Contracts contracts;
    @Inject RequestViews views;
    @Inject Notifications notifications;
    @Inject Clock clock;

    private final LicenceCatalogue catalogue = LicenceCatalogue.standard();
    private final UsageEvaluator evaluator = new UsageEvaluator();

    public UsageAnswer request(
            Caller caller, long kitId, Requester requester, IntendedUse use, Locale locale) {
        if (requester.name().isBlank() || requester.name().length() > UsageRequest.NAME_MAX) {
            throw RuleViolation.of(
                    "requester.name", "usage.requester.name.invalid", UsageRequest.NAME_MAX);
        }
        if (use.places() != null && use.places().length() > UsageRequest.PLACES_MAX) {
            throw RuleViolation.of("use.places", "usage.places.too-long", UsageRequest.PLACES_MAX);
        }
        KitView kit = kits.get(kitId, Optional.of(caller));
        VersionView version = kit.version();
        Licence licence = catalogue.get(version.licenceId());
        Evaluation evaluation = evaluator.evaluate(licence, ExtraGrants.of(version.grants()), use);
        UsageRequest request =
                new UsageRequest(
                        kitId, version.id(), caller.accountId(), requester, use, evaluation, now());
        repository.store(request);
        Optional<Contract> contract =
                evaluation.covered()
                        ? Optional.of(
                                contracts.issue(kit, version, licence, request, evaluation, null))
                        : Optional.empty();
        Texts texts = contracts.texts(locale);
        return new UsageAnswer(
                request.id(),
                kitId,
                kit.title(),
                licence,
                evaluation,
                evaluation.reasons().stream()
                        .map(c -> new UsageAnswer.Term(c.code(), texts.render(c)))
                        .toList(),
                texts.renderAll(evaluation.permitted()),
                texts.renderAll(evaluation.obligations()),
                texts.renderAll(evaluation.notCovered()),
                contract.map(ContractRef::of));
    }

    /** The requester sends an uncovered request to the author, with a message. */
    public void sendToAuthor(Caller caller, long requestId, String message) {
        UsageRequest request = own(caller, requestId);
        String text = message == null ? "" : message.strip();
        if (text.length() > UsageRequest.MESSAGE_MAX) {
            throw RuleViolation.of("message", "usage.message.too-long", UsageRequest.MESSAGE_MAX);
        }
        if (request.status() != UsageRequest.Status.EVALUATED
                || request.verdict() == Verdict.COVERED) {
            throw new ConflictException("usage.request.not-sendable");
        }
        request.sendToAuthor(text.isEmpty() ? null : text);
        Kit kit = kitRepository.getKit(request.kitId());
        notifications.send(
                new Notice(
                        kit.authorId(),
                        UsageNotificationKinds.REQUEST,
                        caller.accountId(),
                        kit.title(),
                        "/bibliotheque/demandes#demande-" + request.id(),
                        text));
    }

    /** The author grants a pending request: a specific authorisation contract is issued. */
    public ContractRef grant(
            Caller caller, long requestId, String conditions, LocalDate from, LocalDate to) {
        UsageRequest request = pendingForAuthor(caller, requestId);
        String text = conditions == null || conditions.isBlank() ? null : conditions.strip();
        if (text != null && text.length() > UsageRequest.MESSAGE_MAX) {
            throw RuleViolation.of(
                    "conditions", "usage.message.too-long", UsageRequest.MESSAGE_MAX);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw RuleViolation.of("to", "usage.period.invalid");
        }
        OffsetDateTime now = now();
        request.grant(caller.accountId(), text, from, to, now);
        KitVersion version = kitRepository.findVersionById(request.versionId()).orElseThrow();
        KitView kit = kits.get(request.kitId(), Optional.of(caller));
        VersionView versionView =
                kits.version(request.kitId(), version.number(), Optional.of(caller));
        Licence licence = catalogue.get(version.licenceId());
        Evaluation evaluation =
                evaluator.evaluate(licence, ExtraGrants.of(versionView.grants()), request.use());
        Contract contract =
                contracts.issue(
                        kit,
                        versionView,
                        licence,
                        request,
                        evaluation,
                        new Contracts.Grant(text, from, to, caller.displayName(), now.toInstant()));
        tellRequester(caller, request, kit.title(), "/contrats/" + contract.number());
        return ContractRef.of(contract);
    }

    public void refuse(Caller caller, long requestId, String message) {
        UsageRequest request = pendingForAuthor(caller, requestId);
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > UsageRequest.MESSAGE_MAX) {
            throw RuleViolation.of(
                    "message", "usage.refuse.message.required", UsageRequest.MESSAGE_MAX);
        }
        request.refuse(caller.accountId(), text, now());
        tellRequester(
                caller,
                request,
                kitRepository.getKit(request.kitId()).title(),
                "/bibliotheque/demandes#demande-" + request.id());
    }

    /** Requests sent to the caller as an author, pending first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestView> inbox(Caller caller, Locale locale) {
        return views.of(repository.requestsToAuthor(caller.accountId(), LIST_MAX), locale);
    }

    /** The caller's own requests, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestView> mine(Caller caller, Locale locale) {
        return views.of(repository.requestsBy(caller.accountId(), LIST_MAX), locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestView view(Caller caller, long requestId, Locale locale) {
        UsageRequest request =
                repository
                        .findRequest(requestId)
                        .orElseThrow(() -> new NotFoundException("usage.request.not-found"));
        boolean requester = Long.valueOf(caller.accountId()).equals(request.requesterId());
        if (!requester && !kitRepository.getKit(request.kitId()).isAuthor(caller.accountId())) {
            throw new NotFoundException("usage.request.not-found");
        }
        return views.of(List.of(request), locale).get(0);
    }

    private UsageRequest own(Caller caller, long requestId) {
        UsageRequest request =
                repository
                        .findRequest(requestId)
                        .orElseThrow(() -> new NotFoundException("usage.request.not-found"));
        if (!Long.valueOf(caller.accountId()).equals(request.requesterId())) {
            throw new NotFoundException("usage.request.not-found");
        }
        return request;
    }

    private UsageRequest pendingForAuthor(Caller caller, long requestId) {
        UsageRequest request =
                repository
                        .findRequest(requestId)
                        .orElseThrow(() -> new NotFoundException("usage.request.not-found"));
        if (!kitRepository.getKit(request.kitId()).isAuthor(caller.accountId())) {
            throw new AccessDeniedException("usage.request.not-author");
        }
        if (request.status() != UsageRequest.Status.PENDING) {
            throw new ConflictException("usage.request.decided");
        }
        return request;
    }

    private void tellRequester(Caller author, UsageRequest request, String kitTitle, String url) {
        if (request.requesterId() != null) {
            notifications.send(
                    new Notice(
                            request.requesterId(),
                            UsageNotificationKinds.DECISION,
                            author.accountId(),
                            kitTitle,
                            url,
                            request.status() == UsageRequest.Status.GRANTED
                                    ? ""
                                    : request.authorMessage()));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

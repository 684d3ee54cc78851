package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.security.Caller;
import org.relais.timebank.domain.HoursFormat;
import org.relais.timebank.domain.PaymentRequest;
import org.relais.timebank.domain.TimebankRepository;

/**
 * Payment requests: the member who gave help asks the member they helped for the hours, who is told
 * at once and pays the request (through {@link Payments}, as any payment), refuses it with a
 * reason, or lets it wait; the asker may withdraw it while it waits. Only the two members see a
 * request. A member has at most {@value #PENDING_MAX} requests waiting at a time, since each one
 * mails someone.
 */
@ApplicationScoped
@Transactional
public class PaymentRequests {
    static final int PENDING_MAX = 20;
    static final int LIST_MAX = 50;
    static final String URL = "/banque-de-temps/compte#demandes";

    @Inject TimebankRepository repository;
    @Inject AccountService accounts;
    @Inject Notifications notifications;
    @Inject Messages messages;
    @Inject Clock clock;

    /** A request as its two members see it, with their names. */
    public record RequestView(
            long id,
            long issuerId,
            String issuer,
            long payerId,
            String payer,
            long minutes,
            String memo,
            Long offerId,
            PaymentRequest.Status status,
            OffsetDateTime createdAt,
            OffsetDateTime decidedAt,
            Long transferId,
            String refusal) {}

    /** The caller asks {@code payerId} for {@code minutes} for the help described by the memo. */
    public RequestView ask(Caller issuer, Long payerId, Long minutes, String memo, Long offerId) {
        if (payerId == null) {
            throw RuleViolation.of("from", "timebank.member.required");
        }
        if (payerId == issuer.accountId()) {
            throw RuleViolation.of("from", "timebank.request.self");
        }
        if (!accounts.isActiveMember(payerId)) {
            throw RuleViolation.of("from", "timebank.member.unknown");
        }
        long amount = LedgerService.minutes(minutes);
        String text = LedgerService.memo(memo);
        if (text == null) {
            throw RuleViolation.of("memo", "timebank.request.memo");
        }
        if (offerId != null && repository.findOffer(offerId).isEmpty()) {
            throw RuleViolation.of("offerId", "timebank.offer.not-found");
        }
        if (repository.countPendingRequestsFrom(issuer.accountId()) >= PENDING_MAX) {
            throw RuleViolation.of("from", "timebank.request.too-many", PENDING_MAX);
        }
        PaymentRequest request =
                new PaymentRequest(issuer.accountId(), payerId, amount, text, offerId, now());
        repository.store(request);
        tell(
                payerId,
                issuer.accountId(),
                "timebank.request.notice.asked",
                text,
                name(issuer.accountId()),
                HoursFormat.format(amount));
        return view(request);
    }

    /** The requests the member sent or received, those waiting first, then the newest. */
    public List<RequestView> of(long memberId) {
        List<PaymentRequest> requests = repository.paymentRequestsOf(memberId, LIST_MAX);
        Set<Long> members = new HashSet<>();
        for (PaymentRequest r : requests) {
            members.add(r.issuerId());
            members.add(r.payerId());
        }
        Map<Long, String> names = accounts.displayNames(members);
        return requests.stream().map(r -> view(r, names)).toList();
    }

    /** One request, to one of its two members; anyone else is told it does not exist. */
    public RequestView get(Caller caller, long id) {
        return view(mine(caller, id));
    }

    /** The request its payer is about to pay: theirs, and waiting. */
    public RequestView toPay(Caller payer, long id) {
        PaymentRequest request = mine(payer, id);
        if (request.payerId() != payer.accountId()) {
            throw new AccessDeniedException("timebank.request.not-payer");
        }
        if (!request.isPending()) {
            throw new ConflictException("timebank.request.closed");
        }
        return view(request);
    }

    /** The request was paid by this transfer; its asker is told. */
    public RequestView paid(long id, TransferReceipt receipt) {
        PaymentRequest request = repository.findPaymentRequest(id).orElseThrow();
        if (!request.isPending() && request.transferId() != null) {
            return view(request); // a replay of the same payment
        }
        request.paid(receipt.id(), now());
        tell(
                request.issuerId(),
                request.payerId(),
                "timebank.request.notice.paid",
                request.memo(),
                name(request.payerId()),
                HoursFormat.format(request.minutes()));
        return view(request);
    }

    /** The payer refuses the request, saying why; its asker is told. */
    public RequestView refuse(Caller payer, long id, String reason) {
        PaymentRequest request = mine(payer, id);
        if (request.payerId() != payer.accountId()) {
            throw new AccessDeniedException("timebank.request.not-payer");
        }
        String text = LedgerService.memo(reason);
        if (text == null) {
            throw RuleViolation.of("reason", "timebank.request.reason");
        }
        if (!request.isPending()) {
            throw new ConflictException("timebank.request.closed");
        }
        request.refuse(text, now());
        tell(
                request.issuerId(),
                payer.accountId(),
                "timebank.request.notice.refused",
                text,
                name(payer.accountId()),
                HoursFormat.format(request.minutes()));
        return view(request);
    }

    /** The asker withdraws a request that still waits. */
    public RequestView withdraw(Caller issuer, long id) {
        PaymentRequest request = mine(issuer, id);
        if (request.issuerId() != issuer.accountId()) {
            throw new AccessDeniedException("timebank.request.not-issuer");
        }
        if (!request.isPending()) {
            throw new ConflictException("timebank.request.closed");
        }
        request.withdraw(now());
        return view(request);
    }

    private PaymentRequest mine(Caller caller, long id) {
        return repository
                .findPaymentRequest(id)
                .filter(
                        r ->
                                r.issuerId() == caller.accountId()
                                        || r.payerId() == caller.accountId())
                .orElseThrow(() -> new NotFoundException("timebank.request.not-found"));
    }

    private void tell(
            long recipient, long actor, String subjectKey, String excerpt, Object... arguments) {
        notifications.send(
                new Notice(
                        recipient,
                        TimebankNotificationKinds.PAYMENT_REQUEST,
                        actor,
                        messages.get(Messages.FRENCH, subjectKey, arguments),
                        URL,
                        excerpt));
    }

    private String name(long memberId) {
        return accounts.displayNames(List.of(memberId)).getOrDefault(memberId, "");
    }

    private RequestView view(PaymentRequest r) {
        return view(r, accounts.displayNames(List.of(r.issuerId(), r.payerId())));
    }

    private static RequestView view(PaymentRequest r, Map<Long, String> names) {
        return new RequestView(
                r.id(),
                r.issuerId(),
                names.getOrDefault(r.issuerId(), ""),
                r.payerId(),
                names.getOrDefault(r.payerId(), ""),
                r.minutes(),
                r.memo(),
                r.offerId(),
                r.status(),
                r.createdAt(),
                r.decidedAt(),
                r.transferId(),
                r.refusal());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

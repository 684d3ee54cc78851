package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.platform.notification.Notification;
import org.relais.platform.notification.Notifications;
import org.relais.platform.personaldata.PersonalDataSection;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.Offer;
import org.relais.timebank.domain.PaymentRequest;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.TimebankRepository.OwnedHold;
import org.relais.timebank.domain.TimebankRepository.StatementLine;

/**
 * The time bank's part of a member's data export: their ledger account, every entry of it (what
 * they paid, received, were granted, set aside or lost to melting, and what overflowed to the
 * pool), their holds, the offers and requests they published, the messages they exchanged about
 * offers, and the payment requests they sent or received. Counterparts are named as the member's
 * own history names them: a deleted member reads "membre supprimé", and the pool is never a person.
 * Who granted or reversed (a coordinator) is not given, nor anything of the coordinator's own acts
 * on other members' accounts, whose grants the pool's page may hide under a pseudonym.
 */
@ApplicationScoped
public class TimebankPersonalData implements PersonalDataSection {
    @Inject TimebankRepository repository;
    @Inject AccountService accounts;
    @Inject Notifications notifications;

    /** The section: {@code account} is missing for a member who never used the time bank. */
    public record TimebankData(
            AccountData account,
            List<EntryData> entries,
            List<HoldData> holds,
            List<OfferData> offersAndRequests,
            List<MessageData> messagesSent,
            List<MessageData> messagesReceived,
            List<PaymentRequestData> paymentRequests) {}

    /**
     * A payment request the member sent ({@code SENT}: they asked for the hours) or received
     * ({@code RECEIVED}: they were asked to pay), with the other member and how it ended.
     */
    public record PaymentRequestData(
            String id,
            String direction,
            String counterpartId,
            String counterpart,
            long minutes,
            String memo,
            String offerId,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime decidedAt,
            String transferId,
            String refusal) {}

    public record AccountData(
            long balanceMinutes,
            long floorMinutes,
            long ceilingMinutes,
            boolean pseudonymousOnPoolPage,
            OffsetDateTime lastActivity) {}

    /**
     * One entry of the member's account. {@code minutes} is what it added (positive) or took
     * (negative); {@code counterpart} is the other member, missing for the pool or a hold, whose
     * purpose the memo then says; {@code overflowToPoolMinutes} is what a credit lost to the
     * ceiling.
     */
    public record EntryData(
            String transferId,
            String kind,
            OffsetDateTime at,
            long minutes,
            long balanceAfterMinutes,
            String counterpartId,
            String counterpart,
            String memo,
            long overflowToPoolMinutes,
            String offerId,
            String reversalOf) {}

    public record HoldData(
            String id, String purpose, String status, long heldMinutes, OffsetDateTime createdAt) {}

    /** An offer or request the member published, with the words they typed for each tag. */
    public record OfferData(
            String id,
            String kind,
            String title,
            String description,
            List<String> tags,
            Map<String, String> tagLabels,
            String place,
            boolean online,
            int durationMinutes,
            boolean closed,
            OffsetDateTime createdAt) {}

    /** A message about an offer; the sender's address, mailed with it, is not given back. */
    public record MessageData(
            String counterpartId, String counterpart, String url, String text, OffsetDateTime at) {}

    @Override
    public String name() {
        return "timebank";
    }

    @Override
    public TimebankData of(long memberId) {
        List<StatementLine> lines = repository.statement(memberId);
        List<PaymentRequest> requests = repository.paymentRequestsOf(memberId, Integer.MAX_VALUE);
        List<Notification> messages =
                notifications.receivedOrCaused(memberId, TimebankNotificationKinds.CONTACT);
        Set<Long> others = new HashSet<>();
        lines.forEach(line -> addIfPresent(others, counterpart(line, memberId)));
        messages.forEach(message -> addIfPresent(others, counterpart(message, memberId)));
        requests.forEach(r -> others.add(r.issuerId() == memberId ? r.payerId() : r.issuerId()));
        Map<Long, String> names = accounts.displayNames(others);
        return new TimebankData(
                repository
                        .findMemberAccount(memberId)
                        .map(TimebankPersonalData::account)
                        .orElse(null),
                lines.stream().map(line -> entry(line, memberId, names)).toList(),
                repository.holdsOf(memberId).stream().map(TimebankPersonalData::hold).toList(),
                repository.offersBy(memberId).stream().map(TimebankPersonalData::offer).toList(),
                messages.stream()
                        .filter(m -> m.recipientId() != memberId)
                        .map(m -> message(m, memberId, names))
                        .toList(),
                messages.stream()
                        .filter(m -> m.recipientId() == memberId)
                        .map(m -> message(m, memberId, names))
                        .toList(),
                requests.stream().map(r -> request(r, memberId, names)).toList());
    }

    private static PaymentRequestData request(
            PaymentRequest request, long memberId, Map<Long, String> names) {
        boolean sent = request.issuerId() == memberId;
        long other = sent ? request.payerId() : request.issuerId();
        return new PaymentRequestData(
                String.valueOf(request.id()),
                sent ? "SENT" : "RECEIVED",
                String.valueOf(other),
                names.get(other),
                request.minutes(),
                request.memo(),
                id(request.offerId()),
                request.status().name(),
                request.createdAt(),
                request.decidedAt(),
                id(request.transferId()),
                request.refusal());
    }

    /** The other member of a transfer, as the member's own history shows it; null for the pool. */
    static Long counterpart(StatementLine line, long memberId) {
        return Long.valueOf(memberId).equals(line.payerMemberId())
                ? line.receiverMemberId()
                : line.payerMemberId();
    }

    static EntryData entry(StatementLine line, long memberId, Map<Long, String> names) {
        Long other = counterpart(line, memberId);
        return new EntryData(
                String.valueOf(line.transferId()),
                line.kind().name(),
                line.at(),
                line.minutes(),
                line.balanceAfter(),
                id(other),
                other == null ? null : names.get(other),
                line.memo(),
                line.minutes() > 0 ? line.overflowMinutes() : 0,
                id(line.offerId()),
                id(line.reversalOf()));
    }

    private static AccountData account(LedgerAccount account) {
        return new AccountData(
                account.balanceMinutes(),
                account.bounds().floorMinutes(),
                account.bounds().ceilingMinutes(),
                account.pseudonymous(),
                account.lastActivity());
    }

    private static HoldData hold(OwnedHold owned) {
        return new HoldData(
                String.valueOf(owned.hold().id()),
                owned.hold().purpose(),
                owned.hold().status().name(),
                owned.minutes(),
                owned.hold().createdAt());
    }

    private static OfferData offer(Offer offer) {
        return new OfferData(
                String.valueOf(offer.id()),
                offer.kind().name(),
                offer.title(),
                offer.description(),
                offer.tags().stream().sorted().toList(),
                offer.tagLabels(),
                offer.place(),
                offer.online(),
                offer.durationMinutes(),
                offer.closed(),
                offer.createdAt());
    }

    private static Long counterpart(Notification message, long memberId) {
        return message.recipientId() == memberId ? message.actorId() : message.recipientId();
    }

    /** Without the notification's subject, which carries the sender's e-mail address. */
    private static MessageData message(
            Notification message, long memberId, Map<Long, String> names) {
        Long other = counterpart(message, memberId);
        return new MessageData(
                id(other),
                other == null ? null : names.get(other),
                message.url(),
                message.excerpt(),
                message.createdAt());
    }

    private static String id(Long id) {
        return id == null ? null : String.valueOf(id);
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}

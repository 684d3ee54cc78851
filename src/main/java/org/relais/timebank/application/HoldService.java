package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.timebank.domain.Hold;
import org.relais.timebank.domain.HoursFormat;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferPlan;
import org.relais.timebank.domain.TransferRules;

/**
 * Hours set aside now and paid later, for other capabilities: a Q&A bounty held when the question
 * is asked and paid to the accepted answer, a beta-test reward paid to the testers. The minutes
 * wait in an account of their own, so the ledger's invariants hold meanwhile.
 */
@ApplicationScoped
@Transactional
public class HoldService {
    @Inject TimebankRepository repository;
    @Inject LedgerWriter writer;
    @Inject Messages messages;

    /**
     * The purpose of a hold from a French message with one argument, the subject (a question's or a
     * call's title), shortened so that the whole fits {@link Hold#PURPOSE_MAX}. It is stored as
     * written, in the platform's language, and read in every history.
     */
    public String purpose(String messageKey, String subject) {
        int room = Hold.PURPOSE_MAX - messages.get(Messages.FRENCH, messageKey, "").length();
        String shown = subject.length() <= room ? subject : subject.substring(0, room - 1) + "…";
        return messages.get(Messages.FRENCH, messageKey, shown);
    }

    /** Sets minutes aside from the member's account; the floor applies as for a payment. */
    public long hold(long memberId, long minutes, String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.length() > Hold.PURPOSE_MAX) {
            throw RuleViolation.of("purpose", "timebank.reason.required");
        }
        long memberAccount = repository.memberAccountId(memberId, writer.now());
        LedgerAccount account = LedgerAccount.hold(writer.now());
        repository.store(account);
        Hold hold = new Hold(purpose.strip(), memberId, account.id(), writer.now());
        repository.store(hold);
        Map<Long, LedgerAccount> locked = writer.lock(memberAccount, account.id());
        TransferPlan plan =
                TransferRules.hold(
                        LedgerWriter.state(locked, memberAccount),
                        LedgerWriter.state(locked, account.id()),
                        TransferRules.receivingPool(repository.poolAccountId()),
                        LedgerService.minutes(minutes));
        record(plan, new Transfer.Parties(memberId, null), memberAccount, hold, locked);
        return hold.id();
    }

    /** Pays the held minutes to the member who earned them (overflow to the pool). */
    public TransferReceipt settle(long holdId, long receiverId) {
        Hold hold = open(holdId);
        long receiverAccount = repository.memberAccountId(receiverId, writer.now());
        // the pool only receives what overflows: credited, not locked beforehand (LockOrder)
        Map<Long, LedgerAccount> locked = writer.lock(hold.accountId(), receiverAccount);
        TransferPlan plan =
                TransferRules.settle(
                        LedgerWriter.state(locked, hold.accountId()),
                        LedgerWriter.state(locked, receiverAccount),
                        TransferRules.receivingPool(repository.poolAccountId()),
                        locked.get(hold.accountId()).balanceMinutes());
        hold.close(Hold.Status.SETTLED);
        return record(plan, new Transfer.Parties(null, receiverId), hold.accountId(), hold, locked);
    }

    /** Returns the held minutes to the member who set them aside. */
    public TransferReceipt release(long holdId) {
        Hold hold = open(holdId);
        long ownerAccount = repository.memberAccountId(hold.ownerId(), writer.now());
        Map<Long, LedgerAccount> locked = writer.lock(hold.accountId(), ownerAccount);
        TransferPlan plan =
                TransferRules.release(
                        LedgerWriter.state(locked, hold.accountId()),
                        LedgerWriter.state(locked, ownerAccount),
                        TransferRules.receivingPool(repository.poolAccountId()),
                        locked.get(hold.accountId()).balanceMinutes());
        hold.close(Hold.Status.RELEASED);
        return record(
                plan, new Transfer.Parties(null, hold.ownerId()), hold.accountId(), hold, locked);
    }

    /**
     * Where a hold stands: {@code OPEN}, {@code SETTLED} (paid) or {@code RELEASED} (given back).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String status(long holdId) {
        return repository
                .findHold(holdId)
                .orElseThrow(() -> new NotFoundException("timebank.hold.not-found"))
                .status()
                .name();
    }

    /** Where each of these holds stands, by id, as {@link #status} says it; in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> statuses(Collection<Long> holdIds) {
        return repository.holds(holdIds).stream()
                .collect(Collectors.toMap(Hold::id, h -> h.status().name()));
    }

    /** An amount as every page says it ("1 h 30"), for the capabilities that show a hold. */
    public static String hours(long minutes) {
        return HoursFormat.format(minutes);
    }

    /** The hold, still open: a settled or released hold is refused before anything is planned. */
    private Hold open(long holdId) {
        Hold hold =
                repository
                        .findHold(holdId)
                        .orElseThrow(() -> new NotFoundException("timebank.hold.not-found"));
        if (hold.status() != Hold.Status.OPEN) {
            throw new ConflictException("timebank.hold.closed");
        }
        return hold;
    }

    private TransferReceipt record(
            TransferPlan plan,
            Transfer.Parties parties,
            long source,
            Hold hold,
            Map<Long, LedgerAccount> locked) {
        Transfer transfer =
                new Transfer(
                        plan,
                        parties,
                        source,
                        hold.purpose(),
                        null,
                        null,
                        null,
                        null,
                        writer.now());
        return TransferReceipt.of(writer.write(plan, transfer, locked, null));
    }
}

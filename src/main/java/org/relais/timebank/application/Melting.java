package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relais.accounts.application.AccountService;
import org.relais.platform.i18n.DateText;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailTemplates;
import org.relais.timebank.domain.HoursFormat;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.MeltPolicy;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferPlan;
import org.relais.timebank.domain.TransferRules;

/**
 * Melts one member's idle credits into the pool, or warns them a month before the first melt. Each
 * account is handled in a transaction of its own, with the account locked as for a payment. A melt
 * carries the key {@code relais:melt:<month>}, unique per member in the database, so a run repeated
 * the same day, or after a crash, never melts the same month twice.
 */
@ApplicationScoped
@Transactional
public class Melting {
    static final String KEY_PREFIX = "relais:melt:";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @Inject TimebankRepository repository;
    @Inject LedgerWriter writer;
    @Inject AccountService accounts;
    @Inject MailTemplates mails;
    @Inject Event<MailMessage> mailbox;

    /** What happened to one account: minutes melted (0 if none), whether a warning left. */
    public record Outcome(long memberId, long meltedMinutes, boolean warned) {}

    /** The members whose positive balance is idle enough to be warned or to melt on that day. */
    public List<Long> candidates(MeltPolicy policy, LocalDate today, Long onlyMember) {
        OffsetDateTime activeBefore =
                today.minusMonths(policy.idleMonths() - 1L)
                        .plusDays(1)
                        .atStartOfDay()
                        .atOffset(ZoneOffset.UTC);
        return repository.idleMembers(activeBefore, onlyMember);
    }

    public Outcome meltOrWarn(long memberId, MeltPolicy policy, LocalDate today) {
        long account = repository.memberAccountId(memberId, writer.now());
        // the pool only receives a melt: credited by the write, not locked first (LockOrder)
        Map<Long, LedgerAccount> locked = writer.lock(account);
        LedgerAccount member = locked.get(account);
        LocalDate idleSince =
                member.lastActivity().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        long balance = member.balanceMinutes();
        long minutes = policy.meltingMinutes(balance, idleSince, today);
        if (minutes > 0) {
            String key = KEY_PREFIX + policy.meltMonth(idleSince, today);
            if (repository.findByKey(memberId, key).isPresent()) {
                return new Outcome(memberId, 0, false);
            }
            TransferPlan plan =
                    TransferRules.melt(
                            LedgerWriter.state(locked, account),
                            TransferRules.receivingPool(repository.poolAccountId()),
                            minutes);
            Transfer transfer =
                    new Transfer(
                            plan,
                            new Transfer.Parties(memberId, null),
                            account,
                            null,
                            null,
                            new Transfer.ClientRequest(key, "melt"),
                            null,
                            null,
                            writer.now());
            writer.write(plan, transfer, locked, account);
            return new Outcome(memberId, minutes, false);
        }
        if (policy.warningDue(balance, idleSince, today)
                && repository.recordMeltWarning(
                        account,
                        policy.meltMonth(idleSince, policy.firstMeltDay(idleSince)),
                        writer.now())) {
            warn(memberId, policy, balance, idleSince);
            return new Outcome(memberId, 0, true);
        }
        return new Outcome(memberId, 0, false);
    }

    private void warn(long memberId, MeltPolicy policy, long balance, LocalDate idleSince) {
        LocalDate firstMelt = policy.firstMeltDay(idleSince);
        long melting = policy.meltingMinutes(balance, idleSince, firstMelt);
        accounts.findContact(memberId)
                .ifPresent(
                        contact ->
                                mailbox.fire(
                                        mails.compose(
                                                contact.email(),
                                                "timebank-melt-warning",
                                                Locale.FRENCH,
                                                Map.of(
                                                        "name", contact.displayName(),
                                                        "balance", HoursFormat.format(balance),
                                                        "melting", HoursFormat.format(melting),
                                                        "percent", policy.percentPerMonth(),
                                                        "months", policy.idleMonths(),
                                                        "on", DateText.format(DAY, firstMelt)))));
    }
}

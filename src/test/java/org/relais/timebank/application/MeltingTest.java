package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailTemplates;
import org.relais.timebank.domain.LedgerAudit;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferKind;
import org.relais.timebank.domain.TransferPlan;
import org.relais.timebank.domain.TransferRules;

/**
 * The daily melting, with a clock the test moves: a warning the month before, then one melt per
 * month of idleness into the pool, never twice for the same month however often the job runs.
 */
class MeltingTest {
    static final long GIVER = 21;
    static final long RECEIVER = 22;
    static final LocalDate PAID_ON = LocalDate.of(2026, 1, 15);

    InMemoryTimebank ledger;
    LedgerWriter writer;
    MeltingJob job;
    List<MailMessage> sent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        writer = new LedgerWriter();
        writer.repository = ledger;
        at(PAID_ON);
        Melting melting = new Melting();
        melting.repository = ledger;
        melting.writer = writer;
        melting.accounts =
                new AccountService() {
                    @Override
                    public Optional<Contact> findContact(long accountId) {
                        return Optional.of(new Contact("m" + accountId + "@exemple.fr", "Membre"));
                    }
                };
        melting.mails =
                new MailTemplates() {
                    @Override
                    public MailMessage compose(
                            String to, String name, Locale locale, Map<String, Object> model) {
                        return new MailMessage(to, name, model.toString());
                    }
                };
        melting.mailbox = new Recording(sent);
        TimebankSettings settings = new TimebankSettings();
        settings.meltingEnabled = true;
        settings.idleMonths = 6;
        settings.percentPerMonth = 5;
        job = new MeltingJob();
        job.melting = melting;
        job.settings = settings;
        pay(GIVER, RECEIVER, 1400); // 23 h 20, of which 5 % is 1 h 10
    }

    void at(LocalDate day) {
        writer.clock = Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Pays as the ledger service would, the giver's floor lowered so any amount fits. */
    void pay(long from, long to, long minutes) {
        long payer = ledger.memberAccountId(from, writer.now());
        long receiver = ledger.memberAccountId(to, writer.now());
        ledger.getAccount(payer).bound(new org.relais.timebank.domain.AccountBounds(-6000, 2400));
        var locked = writer.lock(payer, receiver, ledger.poolAccountId());
        TransferPlan plan =
                TransferRules.pay(
                        LedgerWriter.state(locked, payer),
                        LedgerWriter.state(locked, receiver),
                        LedgerWriter.state(locked, ledger.poolAccountId()),
                        minutes);
        writer.write(
                plan,
                new Transfer(
                        plan,
                        new Transfer.Parties(from, to),
                        payer,
                        null,
                        null,
                        null,
                        null,
                        from,
                        writer.now()),
                locked,
                payer);
    }

    long balance(long member) {
        return ledger.findMemberAccount(member).orElseThrow().balanceMinutes();
    }

    long melts() {
        return ledger.all(Transfer.class).stream()
                .filter(t -> t.kind() == TransferKind.MELT)
                .count();
    }

    @Test
    void warnsOnceTheMonthBeforeThenMeltsOncePerMonth() {
        assertEquals(List.of(), job.run(LocalDate.of(2026, 6, 14), null).warned());
        assertTrue(sent.isEmpty(), "four months idle: too early to warn");

        MeltingJob.Report warning = job.run(LocalDate.of(2026, 6, 15), null);
        assertEquals(List.of(RECEIVER), warning.warned());
        assertEquals(1, sent.size());
        assertEquals("m22@exemple.fr", sent.get(0).to());
        assertEquals("timebank-melt-warning", sent.get(0).subject());
        assertTrue(sent.get(0).body().contains("on=15 juillet 2026"), sent.get(0).body());
        assertTrue(sent.get(0).body().contains("melting=1 h 10"), sent.get(0).body());
        job.run(LocalDate.of(2026, 6, 20), null);
        assertEquals(1, sent.size(), "one warning only");

        MeltingJob.Report first = job.run(LocalDate.of(2026, 7, 15), null);
        assertEquals(70, first.meltedMinutes()); // 5 % of 23 h 20
        assertEquals(1330, balance(RECEIVER));
        assertEquals(70, ledger.getAccount(ledger.poolAccountId()).balanceMinutes());

        assertEquals(0, job.run(LocalDate.of(2026, 7, 15), null).meltedMinutes());
        assertEquals(0, job.run(LocalDate.of(2026, 8, 14), null).meltedMinutes());
        assertEquals(1, melts(), "the same month never melts twice");

        assertEquals(66, job.run(LocalDate.of(2026, 8, 15), null).meltedMinutes());
        assertEquals(1264, balance(RECEIVER));
        assertEquals(2, melts());
        assertEquals(
                List.of(), LedgerAudit.check(ledger.auditedAccounts(), ledger.keysAppliedTwice()));
    }

    @Test
    void meltingIsNotActivity() {
        job.run(LocalDate.of(2026, 7, 15), null);
        assertEquals(
                PAID_ON,
                ledger.findMemberAccount(RECEIVER).orElseThrow().lastActivity().toLocalDate());
    }

    @Test
    void anExchangeStopsTheMelting() {
        at(LocalDate.of(2026, 7, 10));
        pay(RECEIVER, GIVER, 60);
        assertEquals(0, job.run(LocalDate.of(2026, 7, 15), null).meltedMinutes());
        assertEquals(1340, balance(RECEIVER));
    }

    @Test
    void nothingHappensWhenThePolicyIsOff() {
        job.settings.meltingEnabled = false;
        MeltingJob.Report report = job.run(LocalDate.of(2027, 7, 15), null);
        assertFalse(report.enabled());
        assertEquals(1400, balance(RECEIVER));
        assertTrue(sent.isEmpty());
    }

    @Test
    void aRunCanBeLimitedToOneMember() {
        assertEquals(0, job.run(LocalDate.of(2026, 7, 15), GIVER).meltedMinutes());
        assertEquals(1400, balance(RECEIVER));
    }

    /** Mails fired by the service, kept in order. */
    record Recording(List<MailMessage> sent) implements Event<MailMessage> {
        @Override
        public void fire(MailMessage event) {
            sent.add(event);
        }

        @Override
        public <U extends MailMessage> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends MailMessage> CompletionStage<U> fireAsync(
                U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<MailMessage> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends MailMessage> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends MailMessage> Event<U> select(
                TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}

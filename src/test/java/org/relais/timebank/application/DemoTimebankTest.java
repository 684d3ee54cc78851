package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.MemberProfile;
import org.relais.platform.demo.DemoContext;
import org.relais.timebank.domain.LedgerAudit;
import org.relais.timebank.domain.Offer;

/** The demo loads without a refusal, and leaves an overflow and a grant to look at. */
class DemoTimebankTest {
    static final List<String> MEMBERS =
            List.of("admin", "camille", "karim", "sophie", "nadia", "julien", "thomas");

    /** Every member exists; names are their keys. */
    static class KnownMembers extends AccountService {
        @Override
        public Optional<MemberProfile> findProfile(long accountId) {
            return Optional.of(
                    new MemberProfile(
                            accountId,
                            "m" + accountId,
                            "",
                            "",
                            List.of(),
                            Map.of(),
                            List.of(),
                            OffsetDateTime.now()));
        }

        @Override
        public boolean isActiveMember(long accountId) {
            return true;
        }

        @Override
        public Map<Long, String> displayNames(Collection<Long> accountIds) {
            return accountIds.stream().collect(Collectors.toMap(id -> id, id -> "m" + id));
        }
    }

    @Test
    void theDemoLoadsAndLeavesTheLedgerSound() {
        InMemoryTimebank repository = new InMemoryTimebank();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        LedgerWriter writer = new LedgerWriter();
        writer.repository = repository;
        writer.clock = clock;
        AccountService accounts = new KnownMembers();
        DemoTimebank demo = new DemoTimebank();
        demo.repository = repository;
        demo.offers = new OfferService();
        demo.offers.repository = repository;
        demo.offers.accounts = accounts;
        demo.offers.clock = clock;
        demo.ledger = new LedgerService();
        demo.ledger.repository = repository;
        demo.ledger.writer = writer;
        demo.ledger.accounts = accounts;
        demo.requests = new PaymentRequests();
        demo.requests.repository = repository;
        demo.requests.accounts = accounts;
        demo.requests.messages = new org.relais.platform.i18n.Messages();
        demo.requests.clock = clock;
        demo.requests.notifications =
                new org.relais.platform.notification.Notifications() {
                    @Override
                    public void send(org.relais.platform.notification.Notice notice) {
                        // the demo loads without mail
                    }
                };
        DemoContext context = new DemoContext(clock.instant());
        for (int i = 0; i < MEMBERS.size(); i++) {
            context.remember("member:" + MEMBERS.get(i), 100 + i);
        }

        demo.load(context);

        assertEquals(DemoTimebank.OFFERS.size(), repository.all(Offer.class).size());
        assertTrue(
                repository.all(Offer.class).stream()
                        .anyMatch(o -> "matériel".equals(o.tagLabels().get("materiel"))),
                "the demo's tags read as French words, their slugs link them");
        assertEquals(30, repository.getAccount(repository.poolAccountId()).balanceMinutes());
        assertEquals(
                1,
                repository.paymentRequestsOf(100, 10).size(),
                "a request waits for the administrator's answer");
        assertEquals(List.of(), LedgerAudit.check(repository.auditedAccounts(), List.of()));
    }
}

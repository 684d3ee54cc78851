package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.timebank.domain.LedgerAccount;

/**
 * The periodic audit on a ledger broken behind the services' back: logged at SEVERE each time, the
 * administrators told once per distinct set of violations.
 */
class AuditWatchTest {
    static final long ADMIN_A = 1;
    static final long ADMIN_B = 2;

    InMemoryTimebank ledger;
    AuditWatch watch;
    List<Notice> notices = new ArrayList<>();
    List<LogRecord> severe = new ArrayList<>();
    Logger logger = Logger.getLogger(AuditWatch.class.getName());
    Handler handler =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    if (record.getLevel() == Level.SEVERE) {
                        severe.add(record);
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        LedgerWriter writer = new LedgerWriter();
        writer.repository = ledger;
        writer.clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        watch = new AuditWatch();
        watch.repository = ledger;
        watch.writer = writer;
        watch.reading = new LedgerReading();
        watch.reading.repository = ledger;
        watch.accounts =
                new AccountService() {
                    @Override
                    public List<Long> administrators() {
                        return List.of(ADMIN_A, ADMIN_B);
                    }
                };
        watch.notifications =
                new Notifications() {
                    @Override
                    public void send(Notice notice) {
                        notices.add(notice);
                    }
                };
        logger.addHandler(handler);
    }

    @AfterEach
    void tearDown() {
        logger.removeHandler(handler);
    }

    /** Changes a stored balance without any entry, as a faulty script writing SQL would. */
    LedgerAccount breakBalance(long member, long minutes) {
        LedgerAccount account =
                ledger.getAccount(ledger.memberAccountId(member, OffsetDateTime.now()));
        account.apply(minutes, OffsetDateTime.now());
        return account;
    }

    @Test
    void aSoundLedgerAlertsNobody() {
        assertTrue(watch.check().ok());
        assertTrue(notices.isEmpty());
        assertTrue(severe.isEmpty());
    }

    @Test
    void aBrokenBalanceAlertsEveryAdministratorOnceThenAgainWhenTheBreakageChanges() {
        LedgerAccount broken = breakBalance(31, 45);

        assertFalse(watch.check().ok());
        assertEquals(2, notices.size());
        assertEquals(List.of(ADMIN_A, ADMIN_B), notices.stream().map(Notice::recipientId).toList());
        assertEquals(TimebankNotificationKinds.AUDIT, notices.get(0).kind());
        assertTrue(
                notices.get(0)
                        .excerpt()
                        .contains("balance-differs-from-entries (compte " + broken.id()),
                notices.get(0).excerpt());
        assertEquals(1, severe.size());

        watch.check();
        assertEquals(2, notices.size(), "the same violations are not alerted twice");
        assertEquals(2, severe.size(), "but logged every time");

        breakBalance(32, 10);
        watch.check();
        assertEquals(4, notices.size(), "a new set of violations is alerted");
    }
}

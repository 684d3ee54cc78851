package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.relais.accounts.application.AccountService;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.security.Sha256;
import org.relais.timebank.domain.LedgerAudit;
import org.relais.timebank.domain.TimebankRepository;

/**
 * The periodic audit ({@link TimebankSchedule}): a broken invariant is logged at SEVERE every time
 * it is seen, and the administrators are told (notification and mail) once per distinct set of
 * violations — a ledger that stays broken does not flood them, a new breakage does reach them.
 */
@ApplicationScoped
@Transactional
public class AuditWatch {
    private static final Logger LOG = Logger.getLogger(AuditWatch.class.getName());
    static final int DETAIL_MAX = 4000;

    @Inject LedgerReading reading;
    @Inject TimebankRepository repository;
    @Inject LedgerWriter writer;
    @Inject AccountService accounts;
    @Inject Notifications notifications;

    /** Audits the ledger; returns the report, having alerted if it is new and not sound. */
    public LedgerReading.AuditReport check() {
        LedgerReading.AuditReport report = reading.audit();
        if (report.ok()) {
            return report;
        }
        String text = describe(report.violations());
        LOG.severe(() -> "Le grand livre de la banque de temps est incohérent : " + text);
        if (repository.recordAuditAlert(fingerprint(text), clip(text), writer.now())) {
            for (long admin : accounts.administrators()) {
                notifications.send(
                        new Notice(
                                admin,
                                TimebankNotificationKinds.AUDIT,
                                null,
                                report.violations().size()
                                        + " anomalie(s) dans le grand livre de la banque de temps",
                                "/api/v1/timebank/audit",
                                clip(text)));
            }
        }
        return report;
    }

    static String describe(List<LedgerAudit.Violation> violations) {
        return violations.stream()
                .map(
                        v ->
                                v.code()
                                        + (v.accountId() == null
                                                ? ""
                                                : " (compte " + v.accountId() + ")")
                                        + " : "
                                        + v.detail())
                .sorted()
                .collect(Collectors.joining(" ; "));
    }

    private static String clip(String text) {
        return text.length() <= DETAIL_MAX ? text : text.substring(0, DETAIL_MAX - 1) + "…";
    }

    static String fingerprint(String text) {
        return Sha256.hex(text);
    }
}

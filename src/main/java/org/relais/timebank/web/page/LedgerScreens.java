package org.relais.timebank.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relais.accounts.application.AccountService;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.web.view.View;
import org.relais.timebank.application.LedgerReading;
import org.relais.timebank.application.LedgerReading.AccountView;
import org.relais.timebank.application.LedgerReading.HistoryPage;
import org.relais.timebank.application.LedgerReading.HistoryView;
import org.relais.timebank.application.PaymentRequests;
import org.relais.timebank.domain.HoursFormat;
import org.relais.timebank.domain.TransferKind;

/**
 * Builds the time bank's ledger pages: amounts are formatted here ("3 h 15") so that templates only
 * place text, and members typed by name are looked up here for every form.
 */
@ApplicationScoped
public class LedgerScreens {
    static final int HISTORY_SIZE = 20;
    static final int CHART_POINTS = 60;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRENCH);

    @Inject LedgerReading reading;
    @Inject AccountService accounts;
    @Inject PaymentRequests requests;

    /**
     * A payment request on the account page: {@code incoming} when the member is asked to pay it;
     * {@code other} is the other member; {@code status} the request's ({@code PENDING}…).
     */
    public record RequestLine(
            long id,
            boolean incoming,
            long otherId,
            String other,
            String amount,
            String memo,
            String date,
            String status,
            String decided,
            String refusal) {}

    /** One line of a history as a page shows it. */
    public record Line(
            long transferId,
            String kind,
            String date,
            String amount,
            boolean credit,
            String balanceAfter,
            Long counterpartId,
            String counterpart,
            String memo,
            String overflow,
            String melted,
            boolean reversible,
            String purpose) {}

    public View account(long memberId, String page) {
        AccountView account = reading.account(memberId);
        PageRequest paging = PageRequest.of(page, Integer.toString(HISTORY_SIZE));
        HistoryPage history = reading.history(memberId, paging);
        List<Long> balances = new ArrayList<>();
        List<HistoryView> recent =
                reading.history(memberId, PageRequest.of("1", Integer.toString(CHART_POINTS)))
                        .items();
        for (int i = recent.size() - 1; i >= 0; i--) {
            balances.add(recent.get(i).balanceAfter());
        }
        if (!balances.isEmpty() && balances.size() == history.total()) {
            balances.add(0, 0L);
        }
        return View.of("timebank/account")
                .with("balance", HoursFormat.format(account.balanceMinutes()))
                .with("negative", account.balanceMinutes() < 0)
                .with("floor", HoursFormat.format(account.floorMinutes()))
                .with("ceiling", HoursFormat.format(account.ceilingMinutes()))
                .with("pseudonymous", account.pseudonymous())
                .with(
                        "holds",
                        account.holds().stream()
                                .map(
                                        h ->
                                                Map.of(
                                                        "purpose",
                                                        h.purpose(),
                                                        "amount",
                                                        HoursFormat.format(h.minutes())))
                                .toList())
                .with(
                        "chart",
                        BalanceChart.of(balances, account.floorMinutes(), account.ceilingMinutes()))
                .with("requests", requestLines(memberId))
                .with("lines", lines(history, false))
                .with("total", history.total())
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(history.total()))
                .with("base", "/banque-de-temps/compte");
    }

    public View pool(String page) {
        PageRequest paging = PageRequest.of(page, Integer.toString(HISTORY_SIZE));
        HistoryPage history = reading.pool(paging);
        LedgerReading.PoolFlows flows = reading.poolFlows();
        return View.of("timebank/pool")
                .with("balance", HoursFormat.format(reading.poolBalance()))
                .with("capped", HoursFormat.format(flows.capped()))
                .with("granted", HoursFormat.format(flows.granted()))
                .with("melted", flows.melted() == 0 ? null : HoursFormat.format(flows.melted()))
                .with(
                        "reversed",
                        flows.reversed() == 0 ? null : HoursFormat.format(flows.reversed()))
                .with("lines", lines(history, true))
                .with("total", history.total())
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(history.total()))
                .with("base", "/banque-de-temps/fonds-commun");
    }

    private List<RequestLine> requestLines(long memberId) {
        return requests.of(memberId).stream()
                .map(
                        r -> {
                            boolean incoming = r.payerId() == memberId;
                            return new RequestLine(
                                    r.id(),
                                    incoming,
                                    incoming ? r.issuerId() : r.payerId(),
                                    incoming ? r.issuer() : r.payer(),
                                    HoursFormat.format(r.minutes()),
                                    r.memo(),
                                    DATE.format(r.createdAt()),
                                    r.status().name(),
                                    r.decidedAt() == null ? null : DATE.format(r.decidedAt()),
                                    r.refusal());
                        })
                .toList();
    }

    /**
     * The lines of a history. On the pool's ({@code pool}), a credit from a payment, a settled or a
     * released hold is what went over the receiver's ceiling: it reads as a cap overflow («
     * écrêtement ») of that member's account, not as a payment the pool received.
     */
    static List<Line> lines(HistoryPage history, boolean pool) {
        return history.items().stream()
                .map(
                        h ->
                                new Line(
                                        h.transferId(),
                                        pool && h.minutes() > 0 && overflows(h.kind())
                                                ? "overflow"
                                                : h.kind().name().toLowerCase(Locale.ROOT),
                                        DATE.format(h.at()),
                                        (h.minutes() > 0 ? "+" : "")
                                                + HoursFormat.format(h.minutes()),
                                        h.minutes() > 0,
                                        HoursFormat.format(h.balanceAfter()),
                                        h.counterpartId(),
                                        h.counterpart(),
                                        h.memo(),
                                        h.overflowMinutes() > 0
                                                ? HoursFormat.format(h.overflowMinutes())
                                                : null,
                                        h.kind() == TransferKind.MELT
                                                ? HoursFormat.format(Math.abs(h.minutes()))
                                                : null,
                                        h.reversible(),
                                        h.purpose()))
                .toList();
    }

    private static boolean overflows(TransferKind kind) {
        return kind == TransferKind.PAYMENT
                || kind == TransferKind.SETTLE
                || kind == TransferKind.RELEASE;
    }

    /**
     * The member a form names, by id (digits, or a link's hidden field) or by display name; several
     * or no matches are refused on the field.
     */
    public long member(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw RuleViolation.of(field, "timebank.form.member.required");
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() < 18) {
            return Long.parseLong(text);
        }
        Map<Long, String> found = accounts.activeNamed(text, 5);
        List<Long> exact =
                found.entrySet().stream()
                        .filter(e -> e.getValue().equalsIgnoreCase(text))
                        .map(Map.Entry::getKey)
                        .toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (found.size() == 1) {
            return found.keySet().iterator().next();
        }
        throw RuleViolation.of(
                field,
                found.isEmpty() ? "timebank.form.member.none" : "timebank.form.member.several",
                text);
    }

    /**
     * The fields of the pay form and of the payment request form as typed (null read as empty): the
     * member by name ({@code membre}) or by id ({@code a}), the amount, the memo and the listing.
     */
    static Map<String, String> typed(
            String member, String to, String hours, String minutes, String memo, String offer) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("membre", LedgerPages.orEmpty(member));
        form.put("a", LedgerPages.orEmpty(to));
        form.put("heures", LedgerPages.orEmpty(hours));
        form.put("minutes", LedgerPages.orEmpty(minutes));
        form.put("memo", LedgerPages.orEmpty(memo));
        form.put("annonce", LedgerPages.orEmpty(offer));
        return form;
    }

    /** A new form: the member a link names ({@code ?a=}) with their name, its listing, one hour. */
    Map<String, String> blankForm(String to, String offer) {
        Long member = to == null ? null : LedgerPages.parse(to, null);
        return typed(
                member == null ? null : name(member),
                member == null ? null : member.toString(),
                "1",
                "0",
                "",
                offer);
    }

    public String name(long memberId) {
        return accounts.displayNames(List.of(memberId)).getOrDefault(memberId, "");
    }

    /**
     * The violation with the service's field names ({@code to}, {@code reason}…) moved onto the
     * form's ({@code membre}, {@code raison}…), so that each message lands beside the field it is
     * about and the field points to it.
     */
    static RuleViolation onFormFields(RuleViolation violation, Map<String, String> formNames) {
        return new RuleViolation(
                violation.errors().stream()
                        .map(
                                e ->
                                        formNames.containsKey(e.field())
                                                ? new FieldError(
                                                        formNames.get(e.field()),
                                                        e.messageKey(),
                                                        e.arguments())
                                                : e)
                        .toList());
    }

    /** Hours and minutes typed in a form, in minutes. */
    public static long minutes(String hours, String minutes) {
        try {
            long h = hours == null || hours.isBlank() ? 0 : Long.parseLong(hours.strip());
            long m = minutes == null || minutes.isBlank() ? 0 : Long.parseLong(minutes.strip());
            long total = HoursFormat.minutes(h, m);
            if (total <= 0) {
                throw RuleViolation.of("heures", "timebank.refused.amount");
            }
            return total;
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("heures", "timebank.form.amount");
        }
    }
}

package org.relais.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.relais.platform.diagnostics.SqlCallCounter;
import org.relais.timebank.domain.AccountBounds;
import org.relais.timebank.domain.AccountKind;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.Posting;
import org.relais.timebank.domain.TimebankRepository.BalanceChange;
import org.relais.timebank.domain.TimebankRepository.LockedAccount;
import org.relais.timebank.domain.Transfer;

/**
 * The ledger's writes in plain JDBC: the statements every transfer sends, a payment's lock among
 * them. A payment is the time bank's busiest write, and through the persistence context each of its
 * statements cost more in EclipseLink (query building, result objects, change tracking) than in the
 * database. They run on the persistence context's own connection, which it holds until the
 * transaction ends: asking the data source for a connection before each statement cost a payment
 * four passes through the container's pool and JTA enlistment, nearly a fifth of its CPU time in a
 * flight recording, for the same physical connection each time. Entities the ledger writes through
 * the persistence context are flushed as they are stored, so these statements see them.
 */
@ApplicationScoped
public class LedgerStatements {
    private static final String INSERT_TRANSFER =
            "INSERT INTO timebank_transfer (kind, payer_member_id, receiver_member_id,"
                    + " source_account_id, minutes, credited_minutes, overflow_minutes,"
                    + " payer_balance_after, memo, offer_id, idempotency_key, request_hash,"
                    + " reversal_of, created_at, created_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    @PersistenceContext(unitName = "relais")
    EntityManager em;

    /**
     * The transaction's connection, which the persistence context holds until the commit: it must
     * not be closed here. Every ledger write runs in a transaction.
     */
    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("the ledger writes only inside a transaction");
        }
        return connection;
    }

    /**
     * {@code SELECT … WHERE member_id IN (?, ?) [OR id = pool] ORDER BY id FOR UPDATE}: both
     * databases lock the rows in the order they return them, ascending. Whether each member is
     * active comes from a subquery on the same row, so a payment needs no statement of its own to
     * check its receiver.
     */
    List<LockedAccount> lockMembers(long firstMember, long secondMember, Long pool) {
        String sql =
                "SELECT a.id, a.member_id, a.kind, a.balance_minutes, a.floor_minutes,"
                        + " a.ceiling_minutes, (SELECT m.status FROM account m WHERE m.id ="
                        + " a.member_id) FROM timebank_account a WHERE a.member_id IN (?, ?)"
                        + (pool == null ? "" : " OR a.id = ?")
                        + " ORDER BY a.id FOR UPDATE";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setLong(1, firstMember);
            statement.setLong(2, secondMember);
            if (pool != null) {
                statement.setLong(3, pool);
            }
            SqlCallCounter.counted();
            List<LockedAccount> accounts = new ArrayList<>(3);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long memberId = rows.getLong(2);
                    Long member = rows.wasNull() ? null : memberId;
                    LedgerAccount account =
                            LedgerAccount.snapshot(
                                    rows.getLong(1),
                                    member,
                                    AccountKind.valueOf(rows.getString(3)),
                                    rows.getLong(4),
                                    new AccountBounds(rows.getLong(5), rows.getLong(6)));
                    accounts.add(new LockedAccount(account, "ACTIVE".equals(rows.getString(7))));
                }
            }
            return accounts;
        } catch (SQLException e) {
            throw new LedgerStatementException(e);
        }
    }

    /** {@code INSERT … ON CONFLICT DO NOTHING}, with the generated id; false on a conflict. */
    boolean insertTransfer(Transfer transfer) {
        try (PreparedStatement statement =
                connection().prepareStatement(INSERT_TRANSFER, new String[] {"id"})) {
            int i = 1;
            statement.setString(i++, transfer.kind().name());
            setLong(statement, i++, transfer.payerMemberId());
            setLong(statement, i++, transfer.receiverMemberId());
            statement.setLong(i++, transfer.sourceAccountId());
            statement.setLong(i++, transfer.minutes());
            statement.setLong(i++, transfer.creditedMinutes());
            statement.setLong(i++, transfer.overflowMinutes());
            setLong(statement, i++, transfer.payerBalanceAfter());
            setString(statement, i++, transfer.memo());
            setLong(statement, i++, transfer.offerId());
            setString(statement, i++, transfer.idempotencyKey());
            setString(statement, i++, transfer.requestHash());
            setLong(statement, i++, transfer.reversalOf());
            statement.setObject(i++, transfer.createdAt());
            setLong(statement, i, transfer.createdBy());
            SqlCallCounter.counted();
            if (statement.executeUpdate() == 0) {
                return false;
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no id generated for a new transfer");
                }
                transfer.stored(keys.getLong(1));
            }
            return true;
        } catch (SQLException e) {
            throw new LedgerStatementException(e);
        }
    }

    /**
     * One {@code UPDATE … SET balance_minutes = balance_minutes + CASE id … END WHERE (id = ? AND
     * balance_minutes = ?) OR … OR id = ?}: a locked account's row must still hold the balance read
     * under the lock; an unlocked one (the pool, credited by a payment) is updated whatever it
     * holds, and this statement takes its lock, the transaction's last. Answers the rows updated.
     */
    int addToBalances(List<BalanceChange> changes, OffsetDateTime activity) {
        StringBuilder sql =
                new StringBuilder(
                        "UPDATE timebank_account SET balance_minutes = balance_minutes + CASE id");
        for (int i = 0; i < changes.size(); i++) {
            sql.append(" WHEN ? THEN ?");
        }
        sql.append(" END");
        if (activity != null) {
            sql.append(", last_activity = ?");
        }
        sql.append(", version = version + 1 WHERE ");
        for (int i = 0; i < changes.size(); i++) {
            sql.append(i == 0 ? "" : " OR ")
                    .append(
                            changes.get(i).locked() == null
                                    ? "id = ?"
                                    : "(id = ? AND balance_minutes = ?)");
        }
        try (PreparedStatement statement = connection().prepareStatement(sql.toString())) {
            int i = 1;
            for (BalanceChange change : changes) {
                statement.setLong(i++, change.accountId());
                statement.setLong(i++, change.minutes());
            }
            if (activity != null) {
                statement.setObject(i++, activity);
            }
            for (BalanceChange change : changes) {
                statement.setLong(i++, change.accountId());
                if (change.locked() != null) {
                    statement.setLong(i++, change.locked().balanceMinutes());
                }
            }
            SqlCallCounter.counted();
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerStatementException(e);
        }
    }

    /**
     * A transfer's two or three entries in one multi-row {@code INSERT}, each with the balance its
     * account's row holds once this transaction has changed it: for the pool, which a payment
     * credits without reading it first, that is the only way to know it.
     */
    void insertEntries(long transferId, List<Posting> postings) {
        StringBuilder sql =
                new StringBuilder(
                        "INSERT INTO timebank_entry (transfer_id, account_id, minutes,"
                                + " balance_after) VALUES ");
        for (int i = 0; i < postings.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append(
                            "(?, ?, ?, (SELECT balance_minutes FROM timebank_account WHERE id ="
                                    + " ?))");
        }
        try (PreparedStatement statement = connection().prepareStatement(sql.toString())) {
            int i = 1;
            for (Posting posting : postings) {
                statement.setLong(i++, transferId);
                statement.setLong(i++, posting.accountId());
                statement.setLong(i++, posting.minutes());
                statement.setLong(i++, posting.accountId());
            }
            SqlCallCounter.counted();
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerStatementException(e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setString(PreparedStatement statement, int index, String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}

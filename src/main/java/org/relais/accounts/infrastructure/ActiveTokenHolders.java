package org.relais.accounts.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.relais.accounts.domain.AccountRepository.TokenHolder;
import org.relais.accounts.domain.AccountStatus;
import org.relais.platform.diagnostics.SqlCallCounter;
import org.relais.platform.persistence.RelaisDataSource;

/**
 * The bearer token check in plain JDBC: one statement joining the token, its active account and the
 * account's roles. Every API request made with a token sends it, and through the persistence
 * context the query cost more in EclipseLink (query building, report rows) than in the database.
 * There is no cache, so a revoked token or a deleted account is refused at once on every instance.
 * A failure is a {@link PersistenceException}, as the same query's through JPA would be.
 */
@ApplicationScoped
public class ActiveTokenHolders {
    private static final String SQL =
            "SELECT a.id, a.display_name, r.role FROM api_token t"
                    + " JOIN account a ON a.id = t.account_id"
                    + " LEFT JOIN account_role r ON r.account_id = a.id"
                    + " WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.status = ?";

    @Resource(lookup = RelaisDataSource.JNDI_NAME)
    DataSource dataSource;

    Optional<TokenHolder> find(String tokenHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, tokenHash);
            statement.setString(2, AccountStatus.ACTIVE.name());
            SqlCallCounter.counted();
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long accountId = rows.getLong(1);
                String displayName = rows.getString(2);
                Set<String> roles = new TreeSet<>();
                do {
                    String role = rows.getString(3);
                    if (role != null) {
                        roles.add(role);
                    }
                } while (rows.next());
                return Optional.of(new TokenHolder(accountId, displayName, roles));
            }
        } catch (SQLException e) {
            throw new PersistenceException("The bearer token check failed: " + e.getMessage(), e);
        }
    }
}

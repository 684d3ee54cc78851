package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagCreationPolicy;
import org.relais.qa.domain.Privilege;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.ReputationEntry;
import org.relais.qa.domain.ReputationReason;

/**
 * The reputation ledger and the privileges it unlocks. A day is a day in Paris, where the members
 * live. Creating tags is one of the privileges, so this is also the tag creation policy.
 */
@ApplicationScoped
public class Reputations implements TagCreationPolicy {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject QaRepository repository;
    @Inject QaSettings settings;
    @Inject Clock clock;

    public int of(long accountId) {
        return repository.reputationOf(accountId);
    }

    public boolean has(Caller caller, Privilege privilege) {
        return settings.thresholds().allows(privilege, of(caller.accountId()), isStaff(caller));
    }

    public void require(Caller caller, Privilege privilege) {
        if (!has(caller, privilege)) {
            throw new AccessDeniedException(
                    "qa.privilege.missing", settings.thresholds().threshold(privilege));
        }
    }

    @Override
    public boolean mayCreateTags(Caller caller) {
        return has(caller, Privilege.CREATE_TAGS);
    }

    /** Grants the points of the reason, within the daily cap, under the given cause. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(long accountId, ReputationReason reason, String cause) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime startOfDay =
                LocalDate.now(clock.withZone(PARIS)).atStartOfDay(PARIS).toOffsetDateTime();
        int granted =
                settings.cap().grant(reason, repository.cappedPointsSince(accountId, startOfDay));
        repository.store(new ReputationEntry(accountId, reason, granted, cause, now));
    }

    /** Takes back what a cause granted (a vote changed or removed, an acceptance moved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reverse(String cause) {
        repository.reputationFor(cause).forEach(repository::remove);
    }

    public static boolean isStaff(Caller caller) {
        return caller.hasRole(Caller.MODERATOR) || caller.hasRole(Caller.ADMIN);
    }
}

package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;
import org.relais.timebank.application.HoldService;

/**
 * Hours an asker offers on a question, through the time bank's holds: set aside when the question
 * is asked (refused if the asker's balance would go under their floor), paid to the author of the
 * accepted answer, given back when the question is closed or has waited {@code
 * relais.qa.bounty.days} without an accepted answer.
 */
@ApplicationScoped
@Transactional
public class QaBounties {
    private static final Logger LOG = Logger.getLogger(QaBounties.class.getName());
    static final int MAX_MINUTES = 40 * 60;

    @Inject HoldService holds;
    @Inject QaRepository repository;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relais.qa.bounty.days", defaultValue = "30")
    int days;

    /** The bounty as typed, checked before anything is written; null when none is offered. */
    static Integer checked(Long minutes) {
        if (minutes == null || minutes == 0) {
            return null;
        }
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw RuleViolation.of("bountyMinutes", "qa.bounty.invalid");
        }
        return minutes.intValue();
    }

    /** Holds the bounty from the asker's account; the floor refusal is said of the bounty. */
    void offer(Question question, int minutes) {
        long hold;
        try {
            hold =
                    holds.hold(
                            question.authorId(),
                            minutes,
                            holds.purpose("qa.bounty.purpose", question.title()));
        } catch (RuleViolation refused) {
            FieldError error = refused.errors().get(0);
            if ("timebank.refused.floor".equals(error.messageKey())) {
                throw RuleViolation.of("bountyMinutes", "qa.bounty.floor", error.arguments());
            }
            throw refused;
        }
        question.offerBounty(minutes, hold);
    }

    /** Pays the bounty to the accepted answer's author (back to the asker if it is their own). */
    void pay(Question question, long answerAuthor) {
        if (open(question)) {
            if (answerAuthor == question.authorId()) {
                holds.release(question.bountyHoldId());
            } else {
                holds.settle(question.bountyHoldId(), answerAuthor);
            }
        }
    }

    /** Gives the bounty back to the asker, if it is still held. */
    void release(Question question) {
        if (open(question)) {
            holds.release(question.bountyHoldId());
        }
    }

    /** Gives back the bounties that waited too long for an accepted answer; returns how many. */
    public int releaseExpired() {
        return releaseExpired(OffsetDateTime.now(clock));
    }

    /**
     * The same as at a given moment: for an administrator catching up, and for tests, since the
     * deadline is a matter of weeks.
     */
    public int releaseExpired(OffsetDateTime now) {
        int released = 0;
        for (Question question : repository.unacceptedBountiesAskedBefore(now.minusDays(days))) {
            if (question.bountyExpired(now, days) && open(question)) {
                holds.release(question.bountyHoldId());
                released++;
            }
        }
        if (released > 0) {
            int count = released;
            LOG.info(() -> count + " prime(s) de question rendue(s) faute de réponse acceptée");
        }
        return released;
    }

    /** "OPEN", "SETTLED" or "RELEASED"; null without a bounty. */
    String status(Question question) {
        return question.bountyHoldId() == null ? null : holds.status(question.bountyHoldId());
    }

    private boolean open(Question question) {
        return "OPEN".equals(status(question));
    }
}

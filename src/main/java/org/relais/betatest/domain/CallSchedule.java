package org.relais.betatest.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/**
 * The calendar of a call: applications until the deadline, then the test period. What each
 * participant may do follows from the phase the call is in at the moment they act.
 */
public record CallSchedule(Instant applicationDeadline, Instant testStart, Instant testEnd) {
    /** Selected testers who have not reported are reminded this long before the end. */
    public static final Duration REMINDER_BEFORE_END = Duration.ofDays(3);

    /** Where a call stands at a given moment. */
    public enum Phase {
        APPLICATIONS,
        SELECTION,
        TESTING,
        CLOSED
    }

    /** Checks the order of the dates; a new call must also end in the future. */
    public static CallSchedule of(
            Instant applicationDeadline, Instant testStart, Instant testEnd, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (applicationDeadline == null) {
            errors.add(new FieldError("applicationDeadline", "betatest.schedule.required"));
        }
        if (testStart == null) {
            errors.add(new FieldError("testStart", "betatest.schedule.required"));
        }
        if (testEnd == null) {
            errors.add(new FieldError("testEnd", "betatest.schedule.required"));
        }
        if (errors.isEmpty()) {
            if (!applicationDeadline.isAfter(now)) {
                errors.add(new FieldError("applicationDeadline", "betatest.schedule.past"));
            }
            if (testStart.isBefore(applicationDeadline)) {
                errors.add(new FieldError("testStart", "betatest.schedule.start-before-deadline"));
            }
            if (!testEnd.isAfter(testStart)) {
                errors.add(new FieldError("testEnd", "betatest.schedule.end-before-start"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return new CallSchedule(applicationDeadline, testStart, testEnd);
    }

    public Phase phase(Instant now) {
        if (now.isBefore(applicationDeadline)) {
            return Phase.APPLICATIONS;
        }
        if (now.isBefore(testStart)) {
            return Phase.SELECTION;
        }
        return now.isBefore(testEnd) ? Phase.TESTING : Phase.CLOSED;
    }

    public boolean acceptsApplications(Instant now) {
        return phase(now) == Phase.APPLICATIONS;
    }

    /** Selecting stays possible until the end, to give a freed slot to someone waiting. */
    public boolean acceptsSelections(Instant now) {
        return phase(now) != Phase.CLOSED;
    }

    /** Reports are filed and edited during the test period only. */
    public boolean acceptsReports(Instant now) {
        return phase(now) == Phase.TESTING;
    }

    public Instant reminderAt() {
        Instant reminder = testEnd.minus(REMINDER_BEFORE_END);
        return reminder.isBefore(testStart) ? testStart : reminder;
    }
}

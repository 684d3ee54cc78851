package org.relais.betatest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A member's application to a call: their motivation and profile, and where it stands. */
@Entity
@Table(name = "beta_application")
public class Application {
    public static final int MOTIVATION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "tester_id", nullable = false)
    private long testerId;

    @Column(nullable = false, length = MOTIVATION_MAX)
    private String motivation;

    @Column(nullable = false, length = 200)
    private String audiences;

    @Column(nullable = false, length = 100)
    private String devices;

    @Column(length = 3)
    private String region;

    @Column(nullable = false, length = 400)
    private String skills;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ApplicationStatus status;

    @Column(name = "applied_at", nullable = false)
    private OffsetDateTime appliedAt;

    @Column(name = "selected_at")
    private OffsetDateTime selectedAt;

    @Column(name = "missed_report", nullable = false)
    private boolean missedReport;

    @Version private long version;

    protected Application() {}

    public Application(
            long callId, long testerId, String motivation, TesterProfile profile, Instant now) {
        this.callId = callId;
        this.testerId = testerId;
        this.motivation = Objects.requireNonNull(motivation);
        this.audiences = Codes.joinCoded(profile.audiences());
        this.devices = Codes.joinCoded(profile.devices());
        this.region = profile.region();
        this.skills = Codes.join(profile.skills());
        this.status = ApplicationStatus.APPLIED;
        this.appliedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void select(Instant now) {
        status = ApplicationStatus.SELECTED;
        selectedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The applicant withdraws; a selected tester who withdraws frees their slot. */
    public void withdraw() {
        status = ApplicationStatus.WITHDRAWN;
    }

    /** The test period ended and this selected tester never reported. */
    public void markMissedReport() {
        missedReport = true;
    }

    public TesterProfile profile() {
        return new TesterProfile(
                Codes.split(audiences, Audience::fromCode),
                Codes.split(devices, Device::fromCode),
                region,
                Codes.split(skills, code -> code));
    }

    public Long id() {
        return id;
    }

    public long callId() {
        return callId;
    }

    public long testerId() {
        return testerId;
    }

    public String motivation() {
        return motivation;
    }

    public ApplicationStatus status() {
        return status;
    }

    public OffsetDateTime appliedAt() {
        return appliedAt;
    }

    public OffsetDateTime selectedAt() {
        return selectedAt;
    }

    public boolean missedReport() {
        return missedReport;
    }
}

package org.relais.betatest.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A selected tester's report on a call. The tester may edit it until the test period ends; the
 * holder accepts it (which pays the reward) or asks for details, which lets the tester complete it.
 */
@Entity
@Table(name = "beta_report")
public class Report {
    public static final int NOTE_MAX = 2000;

    /** Where a report stands with the holder. */
    public enum Status {
        SUBMITTED,
        DETAILS_REQUESTED,
        ACCEPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private int rating;

    @Column(nullable = false, length = TestReport.TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "holder_note", length = NOTE_MAX)
    private String holderNote;

    @Column(nullable = false)
    private boolean quoted;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "beta_report_scenario", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ScenarioLine> scenarios = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "beta_report_problem", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ProblemLine> problems = new ArrayList<>();

    @Version private long version;

    protected Report() {}

    public Report(long applicationId, TestReport content, Instant now) {
        this.applicationId = applicationId;
        this.submittedAt = now.atOffset(ZoneOffset.UTC);
        this.status = Status.SUBMITTED;
        write(content, now);
    }

    /** The tester rewrites the report; a request for details is answered by doing so. */
    public void edit(TestReport content, Instant now) {
        write(content, now);
        if (status == Status.DETAILS_REQUESTED) {
            status = Status.SUBMITTED;
        }
    }

    private void write(TestReport content, Instant now) {
        this.rating = content.rating();
        this.text = content.text();
        this.scenarios =
                new ArrayList<>(content.scenarios().stream().map(ScenarioLine::new).toList());
        this.problems = new ArrayList<>(content.problems().stream().map(ProblemLine::new).toList());
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void accept(Instant now) {
        status = Status.ACCEPTED;
        acceptedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void askForDetails(String note) {
        status = Status.DETAILS_REQUESTED;
        holderNote = note;
    }

    /** The holder chooses this report's text as a quote on the results page. */
    public void quote(boolean chosen) {
        quoted = chosen;
    }

    public TestReport content() {
        return new TestReport(
                scenarios.stream().map(ScenarioLine::value).toList(),
                rating,
                problems.stream().map(ProblemLine::value).toList(),
                text);
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public Status status() {
        return status;
    }

    public String holderNote() {
        return holderNote;
    }

    public boolean quoted() {
        return quoted;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime acceptedAt() {
        return acceptedAt;
    }
}

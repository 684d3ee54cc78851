package org.relais.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One notification of one member, read or not, mailed or waiting for a digest. */
@Entity
@Table(name = "notification")
public class Notification {
    public static final int SUBJECT_MAX = 300;
    public static final int URL_MAX = 500;
    public static final int EXCERPT_MAX = 500;

    /** Where the notification stands with respect to e-mail. */
    public enum MailState {
        PENDING,
        SENT,
        SKIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Column(nullable = false, length = EXCERPT_MAX)
    private String excerpt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 10)
    private MailState mailState;

    protected Notification() {}

    Notification(Notice notice, MailState mailState, OffsetDateTime now) {
        this.recipientId = notice.recipientId();
        this.kind = notice.kind();
        this.actorId = notice.actorId();
        this.subject = cut(notice.subject(), SUBJECT_MAX);
        this.url = cut(notice.url(), URL_MAX);
        this.excerpt = cut(notice.excerpt(), EXCERPT_MAX);
        this.mailState = Objects.requireNonNull(mailState);
        this.createdAt = Objects.requireNonNull(now);
    }

    void markRead(OffsetDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void mailed() {
        mailState = MailState.SENT;
    }

    void skipped() {
        mailState = MailState.SKIPPED;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public String kind() {
        return kind;
    }

    public Long actorId() {
        return actorId;
    }

    public String subject() {
        return subject;
    }

    public String url() {
        return url;
    }

    public String excerpt() {
        return excerpt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public MailState mailState() {
        return mailState;
    }
}

package org.relais.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A member's watch level on one subject, e.g. ({@code forum.topic}, {@code 12}, WATCHING). */
@Entity
@Table(name = "subscription")
@IdClass(Subscription.Key.class)
public class Subscription {
    /** One level per member and subject. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private String subjectType;
        private String subjectKey;

        public Key() {}

        public Key(long accountId, String subjectType, String subjectKey) {
            this.accountId = accountId;
            this.subjectType = subjectType;
            this.subjectKey = subjectKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(subjectType, key.subjectType)
                    && Objects.equals(subjectKey, key.subjectKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, subjectType, subjectKey);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "subject_type", length = 20)
    private String subjectType;

    @Id
    @Column(name = "subject_key", length = 64)
    private String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "watch_level", nullable = false, length = 10)
    private WatchLevel level;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Subscription() {}

    Subscription(
            long accountId,
            String subjectType,
            String subjectKey,
            WatchLevel level,
            OffsetDateTime now) {
        this.accountId = accountId;
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectKey = Objects.requireNonNull(subjectKey);
        this.level = Objects.requireNonNull(level);
        this.createdAt = Objects.requireNonNull(now);
    }

    void change(WatchLevel level) {
        this.level = Objects.requireNonNull(level);
    }

    public long accountId() {
        return accountId;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public WatchLevel level() {
        return level;
    }
}

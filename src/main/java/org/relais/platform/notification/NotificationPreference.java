package org.relais.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A member's choice of e-mail frequency for one kind of notification. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {
    /** One choice per member and kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private String kind;

        public Key() {}

        public Key(long accountId, String kind) {
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, kind);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(length = 40)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EmailFrequency frequency;

    protected NotificationPreference() {}

    NotificationPreference(long accountId, String kind, EmailFrequency frequency) {
        this.accountId = accountId;
        this.kind = Objects.requireNonNull(kind);
        this.frequency = Objects.requireNonNull(frequency);
    }

    void change(EmailFrequency frequency) {
        this.frequency = Objects.requireNonNull(frequency);
    }

    public long accountId() {
        return accountId;
    }

    public String kind() {
        return kind;
    }

    public EmailFrequency frequency() {
        return frequency;
    }
}

package org.relais.directory.domain;

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

/**
 * A member who works at a place. A member declares it; a manager of the place confirms it, and only
 * then does the place page list them. The creator of a place is its first manager.
 */
@Entity
@Table(name = "place_person")
@IdClass(PlacePerson.Key.class)
public class PlacePerson {
    /** The composite key: one link per place and member. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long placeId;
        private Long accountId;

        public Key() {}

        public Key(long placeId, long accountId) {
            this.placeId = placeId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(placeId, key.placeId)
                    && Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(placeId, accountId);
        }
    }

    @Id
    @Column(name = "place_id")
    private Long placeId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlaceRole role;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PlacePerson() {}

    private PlacePerson(
            long placeId, long accountId, PlaceRole role, boolean confirmed, OffsetDateTime now) {
        this.placeId = placeId;
        this.accountId = accountId;
        this.role = Objects.requireNonNull(role);
        this.confirmed = confirmed;
        this.createdAt = Objects.requireNonNull(now);
    }

    public static PlacePerson manager(long placeId, long accountId, OffsetDateTime now) {
        return new PlacePerson(placeId, accountId, PlaceRole.MANAGER, true, now);
    }

    /** A member says they work here; a manager will confirm. */
    public static PlacePerson declared(long placeId, long accountId, OffsetDateTime now) {
        return new PlacePerson(placeId, accountId, PlaceRole.MEMBER, false, now);
    }

    public void confirm() {
        confirmed = true;
    }

    /** The person becomes a manager of the place too (co-management). */
    public void makeManager() {
        role = PlaceRole.MANAGER;
        confirmed = true;
    }

    public void moveTo(long otherPlaceId) {
        placeId = otherPlaceId;
    }

    public long placeId() {
        return placeId;
    }

    public long accountId() {
        return accountId;
    }

    public PlaceRole role() {
        return role;
    }

    public boolean confirmed() {
        return confirmed;
    }

    /** When the member declared it, or created the place. */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public boolean isManager() {
        return role == PlaceRole.MANAGER && confirmed;
    }
}

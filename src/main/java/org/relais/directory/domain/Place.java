package org.relais.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A place of digital mediation, described in the national schema v1.0.2. The schema's values are
 * kept exactly as given, so that the open-data export gives back what was entered; the columns the
 * directory filters on are copied beside them on every change. A place managed in Relais has
 * accepted the network's charter and declared the criteria it meets; its membership renews each
 * time it is updated.
 */
@Entity
@Table(name = "place")
public class Place {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 120)
    private String publicId;

    @Column(nullable = false, length = 14)
    private String pivot;

    @Column(nullable = false, length = 250)
    private String nom;

    @Column(nullable = false, length = 120)
    private String commune;

    @Column(name = "code_postal", nullable = false, length = 5)
    private String codePostal;

    @Column(name = "code_insee", length = 5)
    private String codeInsee;

    @Column(nullable = false, length = 300)
    private String adresse;

    @Column(length = 3)
    private String departement;

    @Column(length = 2)
    private String region;

    private Double latitude;
    private Double longitude;

    @Column(nullable = false, length = 300)
    private String typologie = "";

    @Column(nullable = false)
    private String services = "";

    @Column(nullable = false)
    private String publics = "";

    @Column(name = "date_maj", nullable = false)
    private LocalDate dateMaj;

    @Convert(converter = SchemaValuesConverter.class)
    @Column(name = "schema_values", nullable = false)
    private Map<String, String> values = new LinkedHashMap<>();

    @Column(name = "charter_accepted_at")
    private OffsetDateTime charterAcceptedAt;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "last_update", nullable = false)
    private LocalDate lastUpdate;

    @Column(name = "reminder_sent_on")
    private LocalDate reminderSentOn;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "place_criterion", joinColumns = @JoinColumn(name = "place_id"))
    @Column(name = "code")
    private Set<String> criteria = new TreeSet<>();

    @Version private long version;

    protected Place() {}

    /** A place from valid schema values; {@code area} is where its commune lies. */
    public static Place describe(Map<String, String> values, Area area, OffsetDateTime now) {
        Place place = new Place();
        place.createdAt = Objects.requireNonNull(now);
        place.copy(values, area);
        place.lastUpdate = place.dateMaj;
        return place;
    }

    /**
     * New values for the place. Its {@code date_maj} is the day of this update, which renews its
     * membership of the network.
     */
    public void revise(Map<String, String> newValues, Area area) {
        copy(newValues, area);
        if (dateMaj.isAfter(lastUpdate)) {
            Membership renewed = membership().updated(dateMaj);
            lastUpdate = renewed.lastUpdate();
            reminderSentOn = renewed.reminderSentOn();
        }
    }

    /** The manager accepts the charter and declares the criteria the place meets. */
    public void acceptCharter(Set<String> declared, OffsetDateTime now) {
        if (charterAcceptedAt == null) {
            charterAcceptedAt = now;
            joinedOn = now.toLocalDate();
        }
        criteria.clear();
        criteria.addAll(declared);
    }

    public void remindedOn(LocalDate today) {
        reminderSentOn = membership().reminded(today).reminderSentOn();
    }

    public void hide() {
        hidden = true;
    }

    public void show() {
        hidden = false;
    }

    /** This place duplicates {@code kept}: it disappears from the directory in its favour. */
    public void mergeInto(Place kept) {
        if (kept.id().equals(id)) {
            throw new IllegalArgumentException("a place cannot be merged into itself");
        }
        mergedInto = kept.id();
        hidden = true;
    }

    private void copy(Map<String, String> source, Area area) {
        Map<String, String> copy = new LinkedHashMap<>();
        source.forEach((column, value) -> copy.put(column, value == null ? "" : value.strip()));
        values = copy;
        publicId = copy.get("id");
        pivot = copy.get("pivot");
        nom = copy.get("nom");
        commune = copy.get("commune");
        codePostal = copy.get("code_postal");
        codeInsee = blankToNull(copy.get("code_insee"));
        adresse = copy.get("adresse");
        latitude = parseCoordinate(copy.get("latitude"));
        longitude = parseCoordinate(copy.get("longitude"));
        typologie = copy.getOrDefault("typologie", "");
        services = copy.getOrDefault("services", "");
        publics = copy.getOrDefault("publics_specifiquement_adresses", "");
        dateMaj = LocalDate.parse(copy.get("date_maj"));
        departement = area.departement();
        region = area.region();
    }

    private static Double parseCoordinate(String value) {
        return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The yearly membership, counted from the last update of the place's data. */
    public Membership membership() {
        LocalDate joined = joinedOn == null || joinedOn.isAfter(lastUpdate) ? lastUpdate : joinedOn;
        return new Membership(joined, lastUpdate, reminderSentOn);
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String nom() {
        return nom;
    }

    public String commune() {
        return commune;
    }

    public String codePostal() {
        return codePostal;
    }

    public String adresse() {
        return adresse;
    }

    public String pivot() {
        return pivot;
    }

    public Optional<GeoPoint> location() {
        return latitude == null || longitude == null
                ? Optional.empty()
                : Optional.of(new GeoPoint(latitude, longitude));
    }

    public String departement() {
        return departement;
    }

    public String region() {
        return region;
    }

    /** The schema values, column by column, as given. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public boolean charterAccepted() {
        return charterAcceptedAt != null;
    }

    /** When a manager accepted the network's charter for the place, or {@code null}. */
    public OffsetDateTime charterAcceptedAt() {
        return charterAcceptedAt;
    }

    public Set<String> criteria() {
        return Collections.unmodifiableSet(new TreeSet<>(criteria));
    }

    public boolean hidden() {
        return hidden;
    }

    public Optional<Long> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public LocalDate dateMaj() {
        return dateMaj;
    }

    public long version() {
        return version;
    }
}

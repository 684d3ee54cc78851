package org.relais.accounts.domain;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relais.platform.text.Tags;

/**
 * A member of Relais. An account is created pending, becomes active when its e-mail is confirmed,
 * and on deletion is erased rather than removed: what the member wrote stays, signed "membre
 * supprimé", while every personal datum is blanked and every session and token dies.
 */
@Entity
@Table(name = "account")
public class Account {
    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MIN = 2;
    public static final int DISPLAY_NAME_MAX = 80;
    public static final int CITY_MAX = 120;
    public static final int BIO_MAX = 5000;
    public static final int SKILLS_MAX = 12;
    public static final String DELETED_NAME = "membre supprimé";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = EMAIL_MAX, unique = true)
    private String email;

    @Column(name = "display_name", length = DISPLAY_NAME_MAX, nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(name = "bio_markdown", nullable = false)
    private String bioMarkdown = "";

    @Column(name = "bio_html", nullable = false)
    private String bioHtml = "";

    @Column(length = CITY_MAX, nullable = false)
    private String city = "";

    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    /** Skills by slug (the tag they link to), each with the words the member typed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_skill", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "tag")
    @Column(name = "label")
    private Map<String, String> skills = new TreeMap<>();

    @Version private long version;

    protected Account() {}

    private Account(String email, String displayName, String passwordHash, OffsetDateTime now) {
        this.email = Objects.requireNonNull(email);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(now);
        this.status = AccountStatus.PENDING;
        this.roles.add("member");
    }

    /** A new, pending account; {@code email} must already be normalized. */
    public static Account register(
            String email, String displayName, String passwordHash, OffsetDateTime now) {
        return new Account(email, displayName, passwordHash, now);
    }

    public void confirm(OffsetDateTime now) {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    /** Sets a new password and ends every session opened with the old one. */
    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
        securityStamp++;
    }

    public void updateProfile(
            String displayName,
            String bioMarkdown,
            String bioHtml,
            String city,
            Map<String, String> skills) {
        this.displayName = Objects.requireNonNull(displayName);
        this.bioMarkdown = Objects.requireNonNull(bioMarkdown);
        this.bioHtml = Objects.requireNonNull(bioHtml);
        this.city = Objects.requireNonNull(city);
        this.skills.clear();
        this.skills.putAll(skills);
    }

    public void grant(String role) {
        roles.add(Objects.requireNonNull(role));
    }

    /**
     * Erases the member: personal data blanked, password and roles removed, every session ended.
     * The row stays so that what they wrote keeps an author, shown as "membre supprimé".
     */
    public void erase(OffsetDateTime now) {
        status = AccountStatus.DELETED;
        email = null;
        displayName = DELETED_NAME;
        passwordHash = null;
        bioMarkdown = "";
        bioHtml = "";
        city = "";
        skills.clear();
        roles.clear();
        deletedAt = now;
        securityStamp++;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public String bioMarkdown() {
        return bioMarkdown;
    }

    public String bioHtml() {
        return bioHtml;
    }

    public String city() {
        return city;
    }

    public int securityStamp() {
        return securityStamp;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime confirmedAt() {
        return confirmedAt;
    }

    public Set<String> roles() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    }

    public Set<String> skills() {
        return Collections.unmodifiableSet(new TreeSet<>(skills.keySet()));
    }

    /**
     * Each skill's slug with the words the member typed for it; skills saved before those words
     * were kept have their slug as label.
     */
    public Map<String, String> skillLabels() {
        return Tags.labelsBySlug(skills);
    }

    public long version() {
        return version;
    }
}

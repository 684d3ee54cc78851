package org.relais.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.MemberProfile;
import org.relais.directory.domain.CharterCriteria;
import org.relais.directory.domain.CharterRule;
import org.relais.directory.domain.Communes;
import org.relais.directory.domain.GeoPoint;
import org.relais.directory.domain.Place;
import org.relais.directory.domain.PlacePerson;
import org.relais.directory.domain.PlaceQuery;
import org.relais.directory.domain.PlaceRepository;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.validation.Revision;

/**
 * The directory's use cases: describe a place after accepting the charter, keep it up to date, find
 * places near a town, say who works where, and the moderators' tidying. Pages and the API both come
 * here.
 */
@ApplicationScoped
@Transactional
public class PlaceService {
    public static final String SEARCH_TYPE = "place";
    static final String DEFAULT_SOURCE = "Relais";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject PlaceRepository places;
    @Inject AccountService accounts;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    private final PlaceSchema schema = PlaceSchema.v1_0_2();
    private final CharterRule charter = new CharterRule();

    /** A member describes a new place; they become its manager. */
    public PlaceView create(Caller caller, PlaceDraft draft) {
        Map<String, String> values = completed(draft.values(), newPublicId());
        checkCharter(draft);
        validate(values);
        if (places.findByPublicId(values.get("id")).isPresent()) {
            throw new ConflictException("place.id.taken");
        }
        Place place =
                Place.describe(
                        values,
                        Communes.france()
                                .areaOf(values.get("code_insee"), values.get("code_postal")),
                        now());
        place.acceptCharter(draft.criteria(), now());
        places.store(place);
        places.store(PlacePerson.manager(place.id(), caller.accountId(), now()));
        outbox.changed(SEARCH_TYPE, place.publicId());
        outbox.changed(AccountService.SEARCH_TYPE, caller.accountId());
        return view(place, null);
    }

    /**
     * A manager (or a moderator) updates the place; this renews its membership. {@code
     * seenRevision} is the {@link PlaceView#revision()} the editor started from: if the place
     * changed since, the update is an {@link org.relais.platform.error.EditConflict} (none given:
     * it overwrites).
     */
    public PlaceView update(Caller caller, String publicId, PlaceDraft draft, String seenRevision) {
        Place place = visiblePlace(publicId);
        requireManager(caller, place);
        Revision.check(seenRevision, PlaceView.revisionOf(place.values(), place.criteria()));
        Map<String, String> values = completed(draft.values(), place.publicId());
        values.put("id", place.publicId());
        checkCharter(draft);
        validate(values);
        place.revise(
                values,
                Communes.france().areaOf(values.get("code_insee"), values.get("code_postal")));
        place.acceptCharter(draft.criteria(), now());
        outbox.changed(SEARCH_TYPE, place.publicId());
        return view(place, null);
    }

    public PlaceView get(String publicId) {
        return view(visiblePlace(publicId), null);
    }

    /** The current values of a place, as its edit form starts from. */
    public PlaceDraft draftOf(String publicId) {
        Place place = visiblePlace(publicId);
        return new PlaceDraft(place.values(), place.charterAccepted(), place.criteria());
    }

    /** One page of the places a visitor asked for, how many there are in all. */
    public record PlaceResults(List<PlaceView> items, int total) {}

    /** A page of the search results, for the pages and the API alike. */
    public PlaceResults search(PlaceSearchRequest request, PageRequest paging) {
        List<PlaceView> found = search(request.toQuery());
        return new PlaceResults(
                found.stream().skip(paging.offset()).limit(paging.size()).toList(), found.size());
    }

    /** Places matching the query, nearest first when a point is given, with their distance. */
    public List<PlaceView> search(PlaceQuery query) {
        List<Place> found = places.search(query);
        if (query.near().isEmpty()) {
            return found.stream().map(p -> view(p, null)).toList();
        }
        GeoPoint centre = query.near().get();
        List<PlaceView> near = new ArrayList<>();
        for (Place place : found) {
            Optional<GeoPoint> location = place.location();
            if (location.isPresent()) {
                double distance = centre.distanceKm(location.get());
                if (distance <= query.radiusKm()) {
                    near.add(view(place, Math.round(distance * 10) / 10.0));
                }
            }
        }
        near.sort(Comparator.comparingDouble(PlaceView::distanceKm));
        return near;
    }

    /** Every visible place in the national schema, for the open-data export. */
    public List<Map<String, String>> openData() {
        List<String> columns = schema.columns();
        return places.visible().stream()
                .map(
                        place -> {
                            Map<String, String> row = new LinkedHashMap<>();
                            columns.forEach(c -> row.put(c, place.values().getOrDefault(c, "")));
                            return row;
                        })
                .toList();
    }

    /** A member says they work at the place; a manager confirms before it shows. */
    public void declareWorkingAt(Caller caller, String publicId) {
        Place place = visiblePlace(publicId);
        if (places.person(place.id(), caller.accountId()).isPresent()) {
            throw new ConflictException("place.person.already");
        }
        places.store(PlacePerson.declared(place.id(), caller.accountId(), now()));
    }

    public void confirmPerson(Caller caller, String publicId, long accountId) {
        confirmPerson(caller, publicId, accountId, false);
    }

    /** A manager confirms that someone works at the place, possibly as a co-manager. */
    public void confirmPerson(Caller caller, String publicId, long accountId, boolean asManager) {
        Place place = visiblePlace(publicId);
        requireManager(caller, place);
        PlacePerson person =
                places.person(place.id(), accountId)
                        .orElseThrow(() -> new NotFoundException("place.person.not-found"));
        person.confirm();
        if (asManager) {
            person.makeManager();
        }
        outbox.changed(AccountService.SEARCH_TYPE, accountId);
    }

    /** A member stops working at a place, or a manager removes them. */
    public void removePerson(Caller caller, String publicId, long accountId) {
        Place place = visiblePlace(publicId);
        if (caller.accountId() != accountId) {
            requireManager(caller, place);
        }
        PlacePerson person =
                places.person(place.id(), accountId)
                        .orElseThrow(() -> new NotFoundException("place.person.not-found"));
        places.remove(person);
        outbox.changed(AccountService.SEARCH_TYPE, accountId);
    }

    /** The places where a member works, confirmed or awaiting confirmation. */
    public List<MemberPlace> placesOf(long accountId) {
        List<MemberPlace> result = new ArrayList<>();
        for (PlacePerson person : places.placesOf(accountId)) {
            places.find(person.placeId())
                    .filter(p -> !p.hidden())
                    .ifPresent(
                            p ->
                                    result.add(
                                            new MemberPlace(
                                                    p.publicId(),
                                                    p.nom(),
                                                    p.commune(),
                                                    person.role().name(),
                                                    person.confirmed(),
                                                    p.membership().state(today()).name())));
        }
        result.sort(Comparator.comparing(MemberPlace::nom));
        return result;
    }

    /** A place of a member: where, as what, and whether its page needs updating. */
    public record MemberPlace(
            String id,
            String nom,
            String commune,
            String role,
            boolean confirmed,
            String membership) {
        public boolean needsUpdate() {
            return !membership.equals("CURRENT");
        }
    }

    public boolean canEdit(Caller caller, String publicId) {
        return places.findByPublicId(publicId).map(p -> isManager(caller, p)).orElse(false);
    }

    public void hide(Caller moderator, String publicId) {
        requireModerator(moderator);
        places.getByPublicId(publicId).hide();
        outbox.removed(SEARCH_TYPE, publicId);
    }

    public void show(Caller moderator, String publicId) {
        requireModerator(moderator);
        places.getByPublicId(publicId).show();
        outbox.changed(SEARCH_TYPE, publicId);
    }

    /** Two pages describe one place: the duplicate disappears, its people move to the kept one. */
    public PlaceView merge(Caller moderator, String duplicateId, String keptId) {
        requireModerator(moderator);
        Place duplicate = visiblePlace(duplicateId);
        Place kept = visiblePlace(keptId);
        if (duplicate.id().equals(kept.id())) {
            throw RuleViolation.of("into", "place.merge.same");
        }
        for (PlacePerson person : places.people(duplicate.id())) {
            if (places.person(kept.id(), person.accountId()).isEmpty()) {
                places.store(copyTo(person, kept.id()));
            }
            places.remove(person);
        }
        duplicate.mergeInto(kept);
        outbox.removed(SEARCH_TYPE, duplicate.publicId());
        outbox.changed(SEARCH_TYPE, kept.publicId());
        return view(kept, null);
    }

    private PlacePerson copyTo(PlacePerson person, long placeId) {
        PlacePerson moved =
                person.isManager()
                        ? PlacePerson.manager(placeId, person.accountId(), now())
                        : PlacePerson.declared(placeId, person.accountId(), now());
        if (person.confirmed()) {
            moved.confirm();
        }
        return moved;
    }

    /** Places not updated for 11 months or more: due a reminder, reminded, or stale. */
    public List<PlaceView> notUpdatedFor11Months() {
        LocalDate today = today();
        return places.notUpdatedSince(today.minusMonths(11)).stream()
                .map(p -> view(p, null))
                .toList();
    }

    public long countPlaces() {
        return places.countVisible();
    }

    Place visiblePlace(String publicId) {
        Place place = places.getByPublicId(publicId);
        if (place.hidden()) {
            throw new NotFoundException("place.not-found");
        }
        return place;
    }

    private void requireManager(Caller caller, Place place) {
        if (!isManager(caller, place)) {
            throw new AccessDeniedException("place.not-manager");
        }
    }

    private boolean isManager(Caller caller, Place place) {
        return caller.hasRole(Caller.MODERATOR)
                || caller.hasRole(Caller.ADMIN)
                || places.person(place.id(), caller.accountId())
                        .map(PlacePerson::isManager)
                        .orElse(false);
    }

    private static void requireModerator(Caller caller) {
        if (!caller.hasRole(Caller.MODERATOR) && !caller.hasRole(Caller.ADMIN)) {
            throw new AccessDeniedException("error.403");
        }
    }

    private void checkCharter(PlaceDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!draft.charterAccepted()) {
            errors.add(new FieldError("charterAccepted", "charter.not-accepted"));
        }
        errors.addAll(charter.check(draft.criteria()));
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
    }

    /** Column sizes of the database, tighter than the schema for these free-text fields. */
    private static final Map<String, Integer> STORED_LENGTHS =
            Map.of("id", 120, "nom", 250, "commune", 120, "adresse", 300);

    void validate(Map<String, String> values) {
        List<FieldError> errors = check(values);
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
    }

    /** What is wrong with a row: the schema's rules, then what the database can hold. */
    List<FieldError> check(Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>(schema.validate(values));
        STORED_LENGTHS.forEach(
                (column, max) -> {
                    String value = values.getOrDefault(column, "");
                    if (value.length() > max) {
                        String title = schema.field(column).map(f -> f.title()).orElse(column);
                        errors.add(
                                new FieldError(
                                        column,
                                        "place.field.max-length",
                                        new Object[] {title, max, value.length()}));
                    }
                });
        return errors;
    }

    /** The draft with what Relais fills in itself: an id, today's date_maj, the source. */
    private Map<String, String> completed(Map<String, String> given, String defaultId) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : schema.columns()) {
            String value = given.get(column);
            values.put(column, value == null ? "" : value.strip());
        }
        if (values.get("id").isEmpty()) {
            values.put("id", defaultId);
        }
        if (values.get("source").isEmpty()) {
            values.put("source", DEFAULT_SOURCE);
        }
        values.put("date_maj", today().toString());
        return values;
    }

    private static String newPublicId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "relais-" + HexFormat.of().formatHex(bytes);
    }

    PlaceView view(Place place, Double distanceKm) {
        Communes communes = Communes.france();
        List<PersonView> people = new ArrayList<>();
        for (PlacePerson person : places.people(place.id())) {
            Optional<MemberProfile> profile = accounts.findProfile(person.accountId());
            profile.ifPresent(
                    p ->
                            people.add(
                                    new PersonView(
                                            p.id(),
                                            p.displayName(),
                                            p.skills(),
                                            p.skillLabels(),
                                            person.role().name(),
                                            person.confirmed())));
        }
        return new PlaceView(
                place.publicId(),
                place.values(),
                place.charterAccepted(),
                place.criteria().stream()
                        .flatMap(c -> CharterCriteria.charter().find(c).stream())
                        .toList(),
                place.membership().state(today()),
                place.membership().expiresOn(),
                communes.departement(place.departement()).map(Communes.Territory::nom).orElse(""),
                communes.region(place.region()).map(Communes.Territory::nom).orElse(""),
                place.location().map(GeoPoint::latitude).orElse(null),
                place.location().map(GeoPoint::longitude).orElse(null),
                distanceKm,
                place.hidden(),
                people);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.text.Tags;
import org.relais.timebank.domain.Offer;
import org.relais.timebank.domain.TimebankRepository;

/** The market of the time bank: members publish, edit, close and browse offers and requests. */
@ApplicationScoped
@Transactional
public class OfferService {
    static final int TITLE_MIN = 5;
    static final int DURATION_MAX = 40 * 60;

    @Inject TimebankRepository repository;
    @Inject AccountService accounts;
    @Inject Clock clock;

    /** An offer or request as typed; checked here. */
    public record OfferDraft(
            String kind,
            String title,
            String description,
            Collection<String> tags,
            String place,
            Boolean online,
            Integer durationMinutes) {}

    public record OfferView(
            long id,
            Offer.Kind kind,
            String title,
            String description,
            List<String> tags,
            Map<String, String> tagLabels,
            String place,
            boolean online,
            int durationMinutes,
            long authorId,
            String authorName,
            OffsetDateTime createdAt) {}

    public record OfferPage(List<OfferView> items, long total) {}

    public OfferView publish(Caller caller, OfferDraft draft) {
        Offer offer = new Offer(caller.accountId(), content(draft), OffsetDateTime.now(clock));
        repository.store(offer);
        return view(offer);
    }

    public OfferView edit(Caller caller, long id, OfferDraft draft) {
        Offer offer = own(caller, id);
        offer.edit(content(draft));
        return view(offer);
    }

    public void close(Caller caller, long id) {
        own(caller, id).close();
    }

    public OfferView get(long id) {
        return view(
                repository
                        .findOffer(id)
                        .filter(o -> !o.closed())
                        .orElseThrow(() -> new NotFoundException("timebank.offer.not-found")));
    }

    public OfferPage list(Offer.Kind kind, String tag, String text, PageRequest paging) {
        String query = text == null || text.isBlank() ? null : text.strip();
        List<Offer> offers = repository.offers(kind, tag, query, paging.offset(), paging.size());
        Set<Long> authors = new HashSet<>();
        offers.forEach(o -> authors.add(o.authorId()));
        Map<Long, String> names = accounts.displayNames(authors);
        return new OfferPage(
                offers.stream().map(o -> view(o, names.get(o.authorId()))).toList(),
                repository.countOffers(kind, tag, query));
    }

    private Offer own(Caller caller, long id) {
        Offer offer =
                repository
                        .findOffer(id)
                        .filter(o -> !o.closed())
                        .orElseThrow(() -> new NotFoundException("timebank.offer.not-found"));
        if (!offer.isAuthor(caller.accountId()) && !LedgerService.isCoordinator(caller)) {
            throw new AccessDeniedException("timebank.offer.not-author");
        }
        return offer;
    }

    private OfferView view(Offer offer) {
        return view(offer, accounts.displayNames(List.of(offer.authorId())).get(offer.authorId()));
    }

    private static OfferView view(Offer o, String author) {
        return new OfferView(
                o.id(),
                o.kind(),
                o.title(),
                o.description(),
                List.copyOf(o.tags()),
                o.tagLabels(),
                o.place(),
                o.online(),
                o.durationMinutes(),
                o.authorId(),
                author,
                o.createdAt());
    }

    /** Checks every field at once, so a form shows all its errors together. */
    static Offer.Content content(OfferDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Offer.Kind kind = kind(draft.kind());
        if (kind == null) {
            errors.add(new FieldError("kind", "timebank.offer.kind"));
        }
        String title = strip(draft.title());
        if (title.length() < TITLE_MIN || title.length() > Offer.TITLE_MAX) {
            errors.add(
                    new FieldError(
                            "title",
                            "timebank.offer.title",
                            new Object[] {TITLE_MIN, Offer.TITLE_MAX}));
        }
        String description = strip(draft.description());
        if (description.isEmpty() || description.length() > Offer.DESCRIPTION_MAX) {
            errors.add(
                    new FieldError(
                            "description",
                            "timebank.offer.description",
                            new Object[] {Offer.DESCRIPTION_MAX}));
        }
        Map<String, String> tags = Tags.labelled(draft.tags());
        if (tags.size() > Offer.TAGS_MAX) {
            errors.add(
                    new FieldError("tags", "timebank.offer.tags", new Object[] {Offer.TAGS_MAX}));
        }
        String place = strip(draft.place());
        boolean online = Boolean.TRUE.equals(draft.online());
        if (place.length() > Offer.PLACE_MAX || (place.isEmpty() && !online)) {
            errors.add(
                    new FieldError(
                            "place", "timebank.offer.place", new Object[] {Offer.PLACE_MAX}));
        }
        Integer duration = draft.durationMinutes();
        if (duration == null || duration < 15 || duration > DURATION_MAX) {
            errors.add(new FieldError("durationMinutes", "timebank.offer.duration"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return new Offer.Content(
                kind, title, description, tags, place.isEmpty() ? null : place, online, duration);
    }

    /** The kind named (any case), or null when absent or unknown. */
    public static Offer.Kind kind(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Offer.Kind.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}

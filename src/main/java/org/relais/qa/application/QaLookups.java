package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.accounts.application.AccountService;
import org.relais.directory.application.PlaceService;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.PlaceQuery;
import org.relais.platform.error.RuleViolation;

/**
 * Turns what a person types in a form (a member's name, a question's address or title, a place's
 * name or town) into the thing meant, so pages work without JavaScript: one match is taken, several
 * come back as a short list to choose from, none is a French message beside the field.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QaLookups {
    static final int CHOICES_MAX = 8;
    private static final Pattern QUESTION_NUMBER =
            Pattern.compile("^\\s*(?:.*/questions/)?#?([0-9]{1,18})(?:[/?#].*)?\\s*$");

    @Inject AccountService accounts;
    @Inject PlaceService places;
    @Inject QaService qa;

    /** One of the things a person may have meant: its id and what the page shows. */
    public record Choice(String id, String label) {}

    /** The thing meant, or the choices when the text is ambiguous. */
    public record Lookup(String chosen, List<Choice> choices) {
        static Lookup of(String id) {
            return new Lookup(id, List.of());
        }

        static Lookup among(List<Choice> choices) {
            return choices.size() == 1 ? of(choices.get(0).id()) : new Lookup(null, choices);
        }

        public boolean resolved() {
            return chosen != null;
        }
    }

    /** A member by display name: an exact name wins, else the names containing the words. */
    public Lookup member(String field, String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw RuleViolation.of(field, "qa.lookup.member.empty");
        }
        Map<Long, String> exact =
                accounts.activeByDisplayName(List.of(name.toLowerCase(Locale.ROOT)));
        Map<Long, String> found = exact.isEmpty() ? accounts.activeNamed(name, CHOICES_MAX) : exact;
        if (found.isEmpty()) {
            throw RuleViolation.of(field, "qa.lookup.member.none", name);
        }
        List<Choice> choices = new ArrayList<>();
        found.forEach((id, label) -> choices.add(new Choice(String.valueOf(id), label)));
        return Lookup.among(choices);
    }

    /** A question by its number, its address, or words of its title. */
    public Lookup question(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw RuleViolation.of(field, "qa.lookup.question.empty");
        }
        Matcher number = QUESTION_NUMBER.matcher(text);
        if (number.matches()) {
            return Lookup.of(number.group(1));
        }
        List<Choice> choices =
                qa.similar(text, null).stream()
                        .map(q -> new Choice(String.valueOf(q.id()), q.title()))
                        .toList();
        if (choices.isEmpty()) {
            throw RuleViolation.of(field, "qa.lookup.question.none", text);
        }
        return new Lookup(null, choices);
    }

    /** A place of the directory by its name, town or postcode; an exact name wins. */
    public Lookup place(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        List<PlaceView> found =
                places.search(
                        new PlaceQuery(
                                text,
                                null,
                                null,
                                null,
                                null,
                                null,
                                Optional.empty(),
                                PlaceQuery.DEFAULT_RADIUS_KM));
        Optional<PlaceView> exact =
                found.stream().filter(p -> p.value("nom").equalsIgnoreCase(text)).findFirst();
        if (exact.isPresent()) {
            return Lookup.of(exact.get().id());
        }
        if (found.isEmpty()) {
            throw RuleViolation.of(field, "qa.lookup.place.none", text);
        }
        return Lookup.among(found.stream().limit(CHOICES_MAX).map(QaLookups::choice).toList());
    }

    /** The places where a member works, as quick choices on the ask form. */
    public List<Choice> placesOf(long accountId) {
        return places.placesOf(accountId).stream()
                .map(p -> new Choice(p.id(), label(p.nom(), p.commune())))
                .toList();
    }

    /** A place's name and town, for a question that names it. */
    public Optional<Choice> placeNamed(String placeId) {
        return Optional.ofNullable(QaSearchables.placeView(places, placeId)).map(QaLookups::choice);
    }

    static Choice choice(PlaceView p) {
        return new Choice(p.id(), label(p.value("nom"), p.value("commune")));
    }

    private static String label(String name, String town) {
        return town == null || town.isBlank() ? name : name + " (" + town + ")";
    }
}

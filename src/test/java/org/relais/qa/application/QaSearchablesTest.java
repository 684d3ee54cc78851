package org.relais.qa.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.directory.application.PlaceService;
import org.relais.directory.application.PlaceView;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.markdown.RenderedMarkdown;
import org.relais.platform.outbox.Searchable.Document;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;

/** What the search index receives for questions and answers: the place by its name, not its id. */
class QaSearchablesTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00+01:00");

    final Question question =
            withId(
                    new Question(
                            7,
                            "Comment accompagner une démarche CAF en ligne ?",
                            new RenderedMarkdown("Une personne âgée…", "<p>Une personne âgée…</p>"),
                            Set.of("demarches-en-ligne"),
                            "epn-blosne",
                            NOW),
                    12L);
    final Answer answer =
            withId(new Answer(12, 8, new RenderedMarkdown("Avec FranceConnect.", ""), NOW), 30L);

    @Test
    void aQuestionIsIndexedWithItsPlaceName() {
        Document doc = questions(Map.of(12L, question), places()).document("12").orElseThrow();
        assertEquals("qa.question", doc.type());
        assertEquals("Comment accompagner une démarche CAF en ligne ?", doc.title());
        assertEquals(Set.of("demarches-en-ligne"), doc.tags());
        assertEquals("EPN du Blosne", doc.place());
        assertEquals("Camille", doc.author());
        assertEquals("public", doc.visibility());
        assertEquals("/questions/12", doc.url());
    }

    @Test
    void anAnswerCarriesItsQuestionsTitleTagsAndPlaceName() {
        var answers = new QaSearchables.Answers();
        answers.repository = repository(Map.of(12L, question), Map.of(30L, answer));
        answers.accounts = accounts();
        answers.places = places();
        Document doc = answers.document("30").orElseThrow();
        assertEquals("qa.answer", doc.type());
        assertEquals("Comment accompagner une démarche CAF en ligne ?", doc.title());
        assertEquals("EPN du Blosne", doc.place());
        assertEquals("Karim", doc.author());
        assertEquals("/questions/12#reponse-30", doc.url());
    }

    @Test
    void aHiddenPlaceIsLeftOutAndAClosedDuplicateLeavesTheIndex() {
        PlaceService none =
                new PlaceService() {
                    @Override
                    public PlaceView get(String publicId) {
                        throw new NotFoundException("place.not-found", publicId);
                    }
                };
        assertNull(questions(Map.of(12L, question), none).document("12").orElseThrow().place());
        Question closed =
                withId(
                        new Question(
                                7,
                                "Une autre question sur la CAF",
                                new RenderedMarkdown("x", "x"),
                                Set.of("caf"),
                                null,
                                NOW),
                        13L);
        closed.closeAsDuplicateOf(12L);
        assertTrue(questions(Map.of(13L, closed), places()).document("13").isEmpty());
        assertTrue(questions(Map.of(), places()).document("pas-un-nombre").isEmpty());
    }

    @Test
    void aPageOfAnswersComesInTheOrderAskedWithGapsForWhatIsGone() {
        Answer second =
                withId(new Answer(12, 7, new RenderedMarkdown("Par le site.", ""), NOW), 31L);
        var answers = new QaSearchables.Answers();
        answers.repository = repository(Map.of(12L, question), Map.of(30L, answer, 31L, second));
        answers.accounts = accounts();
        answers.places = places();
        List<Optional<Document>> page = answers.documents(List.of("31", "99", "30", "x"));
        assertEquals(4, page.size());
        assertEquals("Camille", page.get(0).orElseThrow().author());
        assertEquals("31", page.get(0).orElseThrow().id());
        assertTrue(page.get(1).isEmpty());
        assertEquals("Karim", page.get(2).orElseThrow().author());
        assertTrue(page.get(3).isEmpty());
    }

    private QaSearchables.Questions questions(Map<Long, Question> stored, PlaceService places) {
        var questions = new QaSearchables.Questions();
        questions.repository = repository(stored, Map.of());
        questions.accounts = accounts();
        questions.places = places;
        return questions;
    }

    private static QaRepository repository(Map<Long, Question> qs, Map<Long, Answer> as) {
        return (QaRepository)
                Proxy.newProxyInstance(
                        QaRepository.class.getClassLoader(),
                        new Class<?>[] {QaRepository.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "questionsByIds" -> pick(qs, args[0]);
                                    case "answersByIds" -> pick(as, args[0]);
                                    default ->
                                            throw new UnsupportedOperationException(
                                                    method.getName());
                                });
    }

    private static <T> List<T> pick(Map<Long, T> stored, Object ids) {
        return ((Collection<?>) ids).stream().map(stored::get).filter(Objects::nonNull).toList();
    }

    private static AccountService accounts() {
        return new AccountService() {
            @Override
            public Map<Long, String> activeDisplayNames(Collection<Long> ids) {
                Map<Long, String> names = new HashMap<>();
                ids.forEach(id -> names.put(id, id == 7 ? "Camille" : "Karim"));
                return names;
            }
        };
    }

    private static PlaceService places() {
        return new PlaceService() {
            @Override
            public PlaceView get(String publicId) {
                assertEquals("epn-blosne", publicId);
                return new PlaceView(
                        publicId,
                        Map.of("nom", "EPN du Blosne", "commune", "Rennes"),
                        true,
                        List.of(),
                        null,
                        null,
                        "35",
                        "Bretagne",
                        48.11,
                        -1.68,
                        null,
                        false,
                        List.of());
            }
        };
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

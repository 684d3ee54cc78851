package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.application.AccountService;
import org.relais.directory.application.PlaceService;
import org.relais.directory.application.PlaceView;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.text.PlainText;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;

/** Questions and answers as search documents, for the indexer that reads the outbox. */
public final class QaSearchables {
    private QaSearchables() {}

    /** A question: its title, its text and its tags; closed duplicates leave the index. */
    @ApplicationScoped
    public static class Questions implements Searchable {
        @Inject QaRepository repository;
        @Inject AccountService accounts;
        @Inject PlaceService places;
        @Inject EntityIds entityIds;

        @Override
        public String entityType() {
            return QaService.QUESTION_TYPE;
        }

        @Override
        public List<String> ids(String afterId, int limit) {
            return entityIds.after(Question.class, afterId, limit);
        }

        @Override
        public long count() {
            return entityIds.count(Question.class);
        }

        @Override
        public Optional<Document> document(String entityId) {
            return documents(List.of(entityId)).get(0);
        }

        /** A page of questions in three queries: questions, their tags, authors. */
        @Override
        public List<Optional<Document>> documents(List<String> ids) {
            Map<Long, Question> questions =
                    EntityIds.byKey(
                            repository.questionsByIds(EntityIds.numeric(ids)), Question::id);
            questions.values().removeIf(q -> q.duplicateOf() != null);
            Map<Long, String> authors =
                    accounts.activeDisplayNames(
                            EntityIds.distinct(questions.values(), Question::authorId));
            Map<String, Optional<String>> placeNames = new HashMap<>();
            return ids.stream()
                    .map(id -> parse(id).map(questions::get))
                    .map(
                            question ->
                                    question.map(
                                            q ->
                                                    new Document(
                                                            q.id().toString(),
                                                            entityType(),
                                                            q.title(),
                                                            PlainText.ofHtml(q.bodyHtml()),
                                                            q.tags(),
                                                            placeName(
                                                                    places,
                                                                    placeNames,
                                                                    q.placeId()),
                                                            authors.getOrDefault(q.authorId(), ""),
                                                            q.createdAt(),
                                                            "public",
                                                            "/questions/" + q.id(),
                                                            Map.of(
                                                                    "answered",
                                                                    String.valueOf(
                                                                            q.answerCount() > 0),
                                                                    "solved",
                                                                    String.valueOf(
                                                                            q.acceptedAnswerId()
                                                                                    != null),
                                                                    "place",
                                                                    placeFacet(q)))))
                    .toList();
        }
    }

    /** An answer, found under its question's title and tags. */
    @ApplicationScoped
    public static class Answers implements Searchable {
        @Inject QaRepository repository;
        @Inject AccountService accounts;
        @Inject PlaceService places;
        @Inject EntityIds entityIds;

        @Override
        public String entityType() {
            return QaService.ANSWER_TYPE;
        }

        @Override
        public List<String> ids(String afterId, int limit) {
            return entityIds.after(Answer.class, afterId, limit);
        }

        @Override
        public long count() {
            return entityIds.count(Answer.class);
        }

        @Override
        public Optional<Document> document(String entityId) {
            return documents(List.of(entityId)).get(0);
        }

        /** A page of answers in four queries: answers, their questions and tags, authors. */
        @Override
        public List<Optional<Document>> documents(List<String> ids) {
            Map<Long, Answer> answers =
                    EntityIds.byKey(repository.answersByIds(EntityIds.numeric(ids)), Answer::id);
            Map<Long, Question> questions =
                    EntityIds.byKey(
                            repository.questionsByIds(
                                    EntityIds.distinct(answers.values(), Answer::questionId)),
                            Question::id);
            Map<Long, String> authors =
                    accounts.activeDisplayNames(
                            EntityIds.distinct(answers.values(), Answer::authorId));
            Map<String, Optional<String>> placeNames = new HashMap<>();
            return ids.stream()
                    .map(id -> parse(id).map(answers::get))
                    .map(
                            answer ->
                                    answer.flatMap(
                                            a ->
                                                    Optional.ofNullable(
                                                                    questions.get(a.questionId()))
                                                            .map(
                                                                    q ->
                                                                            document(
                                                                                    a,
                                                                                    q,
                                                                                    authors,
                                                                                    placeNames))))
                    .toList();
        }

        private Document document(
                Answer a,
                Question q,
                Map<Long, String> authors,
                Map<String, Optional<String>> placeNames) {
            return new Document(
                    a.id().toString(),
                    entityType(),
                    q.title(),
                    PlainText.ofHtml(a.bodyHtml()),
                    q.tags(),
                    placeName(places, placeNames, q.placeId()),
                    authors.getOrDefault(a.authorId(), ""),
                    a.createdAt(),
                    "public",
                    "/questions/" + q.id() + "#reponse-" + a.id(),
                    Map.of("accepted", String.valueOf(a.accepted()), "place", placeFacet(q)));
        }
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The place's name as the directory shows it; none when absent or hidden since. */
    static String placeName(PlaceService places, String placeId) {
        PlaceView place = placeView(places, placeId);
        return place == null ? null : place.value("nom");
    }

    /** The same, each place read once for a page of documents ({@code seen}). */
    static String placeName(
            PlaceService places, Map<String, Optional<String>> seen, String placeId) {
        return placeId == null
                ? null
                : seen.computeIfAbsent(placeId, id -> Optional.ofNullable(placeName(places, id)))
                        .orElse(null);
    }

    static PlaceView placeView(PlaceService places, String placeId) {
        if (placeId == null || placeId.isBlank()) {
            return null;
        }
        try {
            return places.get(placeId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** The place a question is about, as the search's place facet (empty: none). */
    static String placeFacet(Question q) {
        return q.placeId() == null ? "" : q.placeId();
    }
}

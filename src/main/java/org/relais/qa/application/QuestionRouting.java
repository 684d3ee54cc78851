package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relais.directory.application.PlaceService;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.GeoPoint;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.ExpertRouting;
import org.relais.qa.domain.QaMemberSetting;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;
import org.relais.qa.domain.Suggestion;
import org.relais.qa.domain.WordSet;

/**
 * Proposes up to five members likely to answer a new question ({@link ExpertRouting}) and tells
 * those who opted in, at most {@code relais.qa.routing.daily-max} times a day each.
 */
@ApplicationScoped
public class QuestionRouting {
    public static final String KIND = "qa.routed";
    static final int SIMILARITY_SAMPLE = 500;

    @Inject QaRepository repository;
    @Inject Expertise expertise;
    @Inject PlaceService places;
    @Inject Notifications notifications;
    @Inject QaSettings settings;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void route(Question question) {
        Map<Long, Double> tagScores = new HashMap<>();
        for (String tag : question.tags()) {
            expertise.scoresIn(tag).forEach((m, s) -> tagScores.merge(m, s, Double::sum));
        }
        Map<Long, Double> similarity = similarity(question);
        Optional<GeoPoint> where = pointOf(question.placeId());
        Set<Long> members = new HashSet<>(tagScores.keySet());
        members.addAll(similarity.keySet());
        List<ExpertRouting.Candidate> candidates =
                members.stream()
                        .map(
                                m ->
                                        new ExpertRouting.Candidate(
                                                m,
                                                tagScores.getOrDefault(m, 0.0),
                                                similarity.getOrDefault(m, 0.0),
                                                where.map(
                                                                p ->
                                                                        Expertise.nearest(
                                                                                p,
                                                                                expertise.placesOf(
                                                                                        m)))
                                                        .orElse(null)))
                        .toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ExpertRouting.Ranked ranked :
                ExpertRouting.rank(candidates, question.authorId(), ExpertRouting.DEFAULT_LIMIT)) {
            long member = ranked.candidate().memberId();
            boolean notify = optedIn(member) && underDailyMax(member);
            repository.store(
                    new Suggestion(
                            question.id(),
                            member,
                            Suggestion.Origin.ROUTED,
                            ranked.score(),
                            notify,
                            now));
            if (notify) {
                notifications.send(
                        new Notice(
                                member,
                                KIND,
                                question.authorId(),
                                question.title(),
                                "/questions/" + question.id(),
                                QaService.excerpt(question.bodySource())));
            }
        }
    }

    /** Per member, the best resemblance between the question and one they answered well. */
    private Map<Long, Double> similarity(Question question) {
        WordSet asked = WordSet.of(question.title() + " " + question.bodySource());
        List<Answer> accepted = repository.acceptedAnswers(SIMILARITY_SAMPLE);
        Map<Long, Question> questions =
                repository
                        .questionsByIds(accepted.stream().map(Answer::questionId).toList())
                        .stream()
                        .collect(Collectors.toMap(Question::id, Function.identity()));
        Map<Long, Double> best = new HashMap<>();
        for (Answer answer : accepted) {
            Question earlier = questions.get(answer.questionId());
            if (earlier == null || earlier.id().equals(question.id())) {
                continue;
            }
            double index = asked.jaccard(WordSet.of(earlier.title() + " " + earlier.bodySource()));
            if (index > 0) {
                best.merge(answer.authorId(), index, Math::max);
            }
        }
        return best;
    }

    private Optional<GeoPoint> pointOf(String placeId) {
        if (placeId == null) {
            return Optional.empty();
        }
        PlaceView place = places.get(placeId);
        return place.latitude() == null || place.longitude() == null
                ? Optional.empty()
                : Optional.of(new GeoPoint(place.latitude(), place.longitude()));
    }

    private boolean optedIn(long member) {
        return repository.setting(member).map(QaMemberSetting::routingOptIn).orElse(false);
    }

    private boolean underDailyMax(long member) {
        OffsetDateTime startOfDay =
                LocalDate.now(clock.withZone(Reputations.PARIS))
                        .atStartOfDay(Reputations.PARIS)
                        .toOffsetDateTime();
        return repository.notifiedSuggestionsSince(member, startOfDay) < settings.routingDailyMax();
    }
}

package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.MemberProfile;
import org.relais.directory.application.PlaceService;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.GeoPoint;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.tags.TagView;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.ExpertiseLevel;
import org.relais.qa.domain.ExpertiseScore;
import org.relais.qa.domain.ExpertiseScore.Contribution;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;
import org.relais.qa.domain.Vote;

/**
 * Who knows what, and where: expertise scores per member and tag (see {@link ExpertiseScore}), and
 * the places where experts work, from the directory.
 */
@ApplicationScoped
public class Expertise {
    @Inject QaRepository repository;
    @Inject QaSettings settings;
    @Inject PlaceService places;
    @Inject AccountService accounts;
    @Inject Clock clock;
    @Inject TagRegistry tags;

    public record TagExpertise(String tag, double score, ExpertiseLevel level) {}

    public record ExpertPlace(
            String id, String nom, String commune, Double latitude, Double longitude) {}

    public record Expert(
            long memberId,
            String displayName,
            double score,
            ExpertiseLevel level,
            List<ExpertPlace> places,
            Double distanceKm) {}

    /** A member's expertise in each tag where they have any, best first. */
    public List<TagExpertise> of(long memberId) {
        List<Answer> answers = repository.answersBy(memberId);
        Map<Long, Question> questions =
                repository
                        .questionsByIds(answers.stream().map(Answer::questionId).toList())
                        .stream()
                        .collect(Collectors.toMap(Question::id, Function.identity()));
        Map<Long, List<Contribution>> perAnswer = contributions(answers);
        Map<String, List<Contribution>> perTag = new HashMap<>();
        for (Answer answer : answers) {
            Question question = questions.get(answer.questionId());
            if (question == null) {
                continue;
            }
            for (String tag : question.tags()) {
                perTag.computeIfAbsent(tag, t -> new ArrayList<>())
                        .addAll(perAnswer.getOrDefault(answer.id(), List.of()));
            }
        }
        return perTag.entrySet().stream()
                .map(e -> expertise(e.getKey(), e.getValue()))
                .filter(e -> e.score() > 0)
                .sorted(Comparator.comparingDouble(TagExpertise::score).reversed())
                .toList();
    }

    /** A subject where members have answered: where to look for an expert first. */
    public record AnsweredTopic(TagView tag, long answeredQuestions) {}

    /** The subjects with the most answered questions, most first. */
    public List<AnsweredTopic> answeredTopics(int limit) {
        return repository.mostAnsweredTags(limit).stream()
                .flatMap(
                        t ->
                                tags
                                        .find(t.tag())
                                        .map(view -> new AnsweredTopic(view, t.questions()))
                                        .stream())
                .toList();
    }

    /** Every member's score in a tag (only positive ones). */
    public Map<Long, Double> scoresIn(String tag) {
        List<Answer> answers = repository.answersInTag(tag);
        Map<Long, List<Contribution>> perAnswer = contributions(answers);
        Map<Long, List<Contribution>> perMember = new HashMap<>();
        for (Answer answer : answers) {
            perMember
                    .computeIfAbsent(answer.authorId(), m -> new ArrayList<>())
                    .addAll(perAnswer.getOrDefault(answer.id(), List.of()));
        }
        Instant now = clock.instant();
        Map<Long, Double> scores = new HashMap<>();
        perMember.forEach(
                (member, list) -> {
                    double score = settings.expertise().score(list, now);
                    if (score > 0) {
                        scores.put(member, score);
                    }
                });
        return scores;
    }

    /**
     * Experts in a tag, best first; near a point, only those working at a confirmed place within
     * the radius, sorted by score then distance.
     */
    public List<Expert> experts(String tag, Optional<GeoPoint> near, double radiusKm) {
        List<Expert> result = new ArrayList<>();
        scoresIn(tag)
                .forEach(
                        (member, score) -> {
                            Optional<MemberProfile> profile = accounts.findProfile(member);
                            if (profile.isEmpty()) {
                                return;
                            }
                            List<ExpertPlace> where = placesOf(member);
                            Double distance = near.map(p -> nearest(p, where)).orElse(null);
                            if (near.isPresent() && (distance == null || distance > radiusKm)) {
                                return;
                            }
                            result.add(
                                    new Expert(
                                            member,
                                            profile.get().displayName(),
                                            round(score),
                                            ExpertiseLevel.of(score),
                                            where,
                                            distance == null ? null : round(distance)));
                        });
        result.sort(
                Comparator.comparingDouble(Expert::score)
                        .reversed()
                        .thenComparing(e -> e.distanceKm() == null ? 0 : e.distanceKm())
                        .thenComparing(Expert::memberId));
        return result;
    }

    /** The confirmed places where a member works, with their coordinates. */
    public List<ExpertPlace> placesOf(long memberId) {
        List<ExpertPlace> result = new ArrayList<>();
        for (PlaceService.MemberPlace place : places.placesOf(memberId)) {
            if (place.confirmed()) {
                PlaceView view = places.get(place.id());
                result.add(
                        new ExpertPlace(
                                place.id(),
                                place.nom(),
                                place.commune(),
                                view.latitude(),
                                view.longitude()));
            }
        }
        return result;
    }

    public static Double nearest(GeoPoint point, Collection<ExpertPlace> where) {
        return where.stream()
                .filter(p -> p.latitude() != null && p.longitude() != null)
                .map(p -> point.distanceKm(new GeoPoint(p.latitude(), p.longitude())))
                .min(Double::compare)
                .orElse(null);
    }

    private TagExpertise expertise(String tag, List<Contribution> contributions) {
        double score = settings.expertise().score(contributions, clock.instant());
        return new TagExpertise(tag, round(score), ExpertiseLevel.of(score));
    }

    /** Votes and acceptances on each answer, as dated contributions. */
    private Map<Long, List<Contribution>> contributions(List<Answer> answers) {
        Map<Long, List<Contribution>> result = new HashMap<>();
        for (Vote vote :
                repository.votesOn(PostType.ANSWER, answers.stream().map(Answer::id).toList())) {
            result.computeIfAbsent(vote.postId(), a -> new ArrayList<>())
                    .add(
                            new Contribution(
                                    vote.direction() > 0
                                            ? ExpertiseScore.UPVOTE
                                            : ExpertiseScore.DOWNVOTE,
                                    vote.createdAt().toInstant()));
        }
        for (Answer answer : answers) {
            if (answer.accepted()) {
                result.computeIfAbsent(answer.id(), a -> new ArrayList<>())
                        .add(
                                new Contribution(
                                        ExpertiseScore.ACCEPTED, answer.acceptedAt().toInstant()));
            }
        }
        return result;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

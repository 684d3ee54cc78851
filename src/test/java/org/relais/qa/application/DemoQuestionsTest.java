package org.relais.qa.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relais.platform.text.Tags;
import org.relais.qa.domain.ExpertiseLevel;
import org.relais.qa.domain.ExpertiseScore;
import org.relais.qa.domain.Question;

/** The demo questions pass the rules the service enforces, so the demo loads. */
class DemoQuestionsTest {
    static final Set<String> MEMBERS =
            Set.of(
                    "admin", "camille", "karim", "sophie", "thomas", "nadia", "julien", "elise",
                    "mamadou", "anne");

    @Test
    void everyQuestionRespectsTheRules() {
        Set<String> defined =
                DemoQuestions.TAGS.stream()
                        .map(t -> Tags.normalize(t[0]).orElseThrow())
                        .collect(Collectors.toSet());
        for (DemoQuestions.DemoQuestion q : DemoQuestions.QUESTIONS) {
            int length = q.title().length();
            assertTrue(length >= Question.TITLE_MIN && length <= Question.TITLE_MAX, q.title());
            assertTrue(defined.containsAll(q.tags()), q.title());
            assertTrue(MEMBERS.contains(q.asker()), q.asker());
            assertFalse(q.upvoters().contains(q.asker()), q.title());
            assertTrue(
                    q.answers().stream().filter(DemoQuestions.DemoAnswer::accepted).count() <= 1);
            for (DemoQuestions.DemoAnswer a : q.answers()) {
                assertTrue(MEMBERS.contains(a.author()), a.author());
                assertFalse(a.upvoters().contains(a.author()), q.title());
                assertTrue(MEMBERS.containsAll(a.upvoters()), q.title());
            }
        }
    }

    @Test
    void onlineProceduresHaveExpertsAtThreeLevelsWithARoomForAYearOfDecay() {
        Map<String, Integer> points = new HashMap<>();
        for (DemoQuestions.DemoQuestion q : DemoQuestions.QUESTIONS) {
            if (!q.tags().contains("demarches-en-ligne")) {
                continue;
            }
            for (DemoQuestions.DemoAnswer a : q.answers()) {
                int earned =
                        a.upvoters().size() * ExpertiseScore.UPVOTE
                                + (a.accepted() ? ExpertiseScore.ACCEPTED : 0);
                points.merge(a.author(), earned, Integer::sum);
            }
        }
        assertTrue(points.get("camille") * 0.8 >= ExpertiseLevel.REFERENT.minimum(), "" + points);
        assertEquals(ExpertiseLevel.CONFIRME, ExpertiseLevel.of(points.get("elise")));
        assertEquals(
                Set.of(ExpertiseLevel.NONE, ExpertiseLevel.CONFIRME, ExpertiseLevel.REFERENT),
                points.values().stream().map(ExpertiseLevel::of).collect(Collectors.toSet()));
    }
}

package org.relais.qa.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relais.platform.text.Tags;
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
}

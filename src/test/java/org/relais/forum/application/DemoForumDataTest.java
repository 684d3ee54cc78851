package org.relais.forum.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relais.forum.domain.Category;
import org.relais.forum.domain.Topic;
import org.relais.platform.text.Tags;

/** The demo forum follows the rules members follow, with the demo members as authors. */
class DemoForumDataTest {
    static final Set<String> MEMBERS =
            Set.of(
                    "admin", "camille", "karim", "sophie", "thomas", "nadia", "julien", "elise",
                    "mamadou", "anne");

    @Test
    void everyTopicIsInADemoCategoryAndWrittenByDemoMembersWithinTheLimits() {
        Set<String> categories =
                DemoForum.CATEGORIES.stream()
                        .map(DemoForum.DemoCategory::key)
                        .collect(Collectors.toSet());
        DemoForum.CATEGORIES.forEach(
                c -> {
                    assertTrue(c.name().length() <= Category.NAME_MAX, c.name());
                    assertTrue(Category.COLOUR.matcher(c.colour()).matches(), c.colour());
                });
        assertTrue(DemoForum.TOPICS.size() >= 8);
        for (DemoForum.DemoTopic topic : DemoForum.TOPICS) {
            assertTrue(categories.contains(topic.category()), topic.category());
            assertTrue(
                    topic.title().length() >= Topic.TITLE_MIN
                            && topic.title().length() <= Topic.TITLE_MAX,
                    topic.title());
            assertTrue(topic.tags().size() <= Topic.TAGS_MAX, topic.title());
            topic.tags().forEach(t -> assertTrue(Tags.normalize(t).isPresent(), t));
            for (String[] post : topic.posts()) {
                assertTrue(MEMBERS.contains(post[0]), post[0]);
                assertTrue(post[1].length() >= 2, topic.title());
            }
        }
    }
}

package org.relais.forum.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.forum.domain.Category;
import org.relais.forum.domain.ForumRepository;
import org.relais.forum.domain.Post;
import org.relais.forum.domain.Topic;
import org.relais.platform.outbox.Searchable.Document;

/** The search documents of topics and posts, from a forum held in memory. */
class ForumSearchTest {
    static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 3, 9, 10, 0, 0, 0, ZoneOffset.UTC);
    static final long CAMILLE = 7;

    final Map<Long, Topic> topics = new HashMap<>();
    final Map<Long, Post> posts = new HashMap<>();
    final Map<Long, Category> categories = new HashMap<>();
    ForumSearch.Topics topicSearch;
    ForumSearch.Posts postSearch;

    @BeforeEach
    void forum() {
        ForumRepository repository =
                (ForumRepository)
                        Proxy.newProxyInstance(
                                ForumRepository.class.getClassLoader(),
                                new Class<?>[] {ForumRepository.class},
                                (proxy, method, args) ->
                                        switch (method.getName()) {
                                            case "topicsByIds" -> pick(topics, args[0]);
                                            case "postsByIds" -> pick(posts, args[0]);
                                            case "openingPosts" ->
                                                    posts.values().stream()
                                                            .filter(
                                                                    p ->
                                                                            p.number() == 1
                                                                                    && ((Collection<
                                                                                                            ?>)
                                                                                                    args[
                                                                                                            0])
                                                                                            .contains(
                                                                                                    p
                                                                                                            .topicId()))
                                                            .toList();
                                            case "findCategory" ->
                                                    Optional.ofNullable(
                                                            categories.get((Long) args[0]));
                                            default ->
                                                    throw new UnsupportedOperationException(
                                                            method.getName());
                                        });
        AccountService accounts =
                new AccountService() {
                    @Override
                    public Map<Long, String> displayNames(Collection<Long> ids) {
                        return ids.contains(CAMILLE)
                                ? Map.of(CAMILLE, "Camille Lefèvre")
                                : Map.of();
                    }
                };
        topicSearch = new ForumSearch.Topics();
        topicSearch.forum = repository;
        topicSearch.accounts = accounts;
        postSearch = new ForumSearch.Posts();
        postSearch.forum = repository;
        postSearch.accounts = accounts;
        Category category = new Category("Accompagnement des publics", "", "#3b6ea5", 0, MONDAY);
        setId(category, 3L);
        categories.put(3L, category);
    }

    private static <T> List<T> pick(Map<Long, T> stored, Object ids) {
        return ((Collection<?>) ids).stream().map(stored::get).filter(Objects::nonNull).toList();
    }

    private Topic topic(long id, String title, List<String> tags) {
        Topic topic = new Topic(3L, title, CAMILLE, tags, MONDAY);
        setId(topic, id);
        topics.put(id, topic);
        return topic;
    }

    private Post post(long id, Topic topic, String markdown, String html) {
        Post post =
                new Post(
                        topic.id(),
                        topic.addPost(CAMILLE, MONDAY),
                        CAMILLE,
                        null,
                        markdown,
                        html,
                        MONDAY);
        setId(post, id);
        posts.put(id, post);
        return post;
    }

    @Test
    void aTopicCarriesItsTitleOpeningPostAsPlainTextTagsAuthorDateAndAddress() {
        Topic topic =
                topic(12, "Les seniors et la déclaration en ligne", List.of("seniors", "impots"));
        post(
                40,
                topic,
                "Comment faites-vous **avec** eux ?",
                "<p>Comment faites-vous <strong>avec</strong> eux ?</p>");

        Document doc = topicSearch.document("12").orElseThrow();

        assertEquals("12", doc.id());
        assertEquals(ForumService.TOPIC_TYPE, doc.type());
        assertEquals("Les seniors et la déclaration en ligne", doc.title());
        assertEquals("Comment faites-vous avec eux ?", doc.body());
        assertEquals(Set.of("seniors", "impots"), doc.tags());
        assertEquals("Camille Lefèvre", doc.author());
        assertEquals(MONDAY, doc.date());
        assertEquals("public", doc.visibility());
        assertEquals("/forum/sujets/12", doc.url());
        assertEquals("Accompagnement des publics", doc.facets().get("category"));
    }

    @Test
    void aPostCarriesItsTextAsPlainTextUnderItsTopicAndPointsToItsPage() {
        Topic topic = topic(12, "Pass numérique : retours", List.of("pass-numerique"));
        post(40, topic, "Premier message", "<p>Premier message</p>");
        for (long id = 41; id <= 61; id++) {
            post(id, topic, "Réponse " + id, "<p>Réponse " + id + "</p>");
        }
        Post late =
                post(
                        62,
                        topic,
                        "Les _chèques_ & les <b>",
                        "<p>Les <em>chèques</em> &amp; les &lt;b&gt;</p>");

        Document doc = postSearch.document("62").orElseThrow();

        assertEquals(ForumService.POST_TYPE, doc.type());
        assertEquals("Pass numérique : retours", doc.title());
        assertEquals("Les chèques & les <b>", doc.body());
        assertEquals(Set.of("pass-numerique"), doc.tags());
        assertEquals("Camille Lefèvre", doc.author());
        assertEquals("public", doc.visibility());
        assertEquals(23, late.number());
        assertEquals("/forum/sujets/12?page=2#message-62", doc.url());
    }

    @Test
    void hiddenAndDeletedPostsAndMergedTopicsLeaveTheIndex() {
        Topic topic = topic(12, "Atelier impression 3D", List.of());
        Post opening = post(40, topic, "Quel filament ?", "<p>Quel filament ?</p>");
        Post hidden = post(41, topic, "Achetez ici", "<p>Achetez ici</p>");
        Post deleted = post(42, topic, "Oups", "<p>Oups</p>");
        post(43, topic, "Du PLA", "<p>Du PLA</p>");
        hidden.hide();
        deleted.delete(MONDAY);

        assertTrue(postSearch.document("41").isEmpty());
        assertTrue(postSearch.document("42").isEmpty());
        assertTrue(postSearch.document("43").isPresent());
        assertTrue(
                postSearch.document("40").isEmpty(),
                "the opening post is its topic's document, not one of its own");
        assertEquals("Quel filament ?", topicSearch.document("12").orElseThrow().body());
        assertTrue(postSearch.document("pas-un-nombre").isEmpty());

        opening.delete(MONDAY);
        assertEquals("", topicSearch.document("12").orElseThrow().body());

        topic(13, "Impression 3D : le bon filament", List.of());
        topic.mergedInto(13L);
        assertTrue(topicSearch.document("12").isEmpty());
        assertTrue(postSearch.document("43").isEmpty());
    }

    @Test
    void aPageOfDocumentsFollowsTheOrderAskedWithAGapForEachEntityLeftOut() {
        Topic first = topic(12, "Atelier impression 3D", List.of());
        Topic second = topic(13, "Ateliers numériques seniors", List.of());
        post(40, first, "Quel filament ?", "<p>Quel filament ?</p>");
        post(41, first, "Achetez ici", "<p>Achetez ici</p>").hide();
        post(42, first, "Du PLA", "<p>Du PLA</p>");
        post(50, second, "Le jeudi matin", "<p>Le jeudi matin</p>");

        List<Optional<Document>> replies = postSearch.documents(List.of("42", "41", "40", "99"));
        assertEquals(
                List.of(true, false, false, false),
                replies.stream().map(Optional::isPresent).toList());
        assertEquals("Du PLA", replies.get(0).orElseThrow().body());

        List<Optional<Document>> topicPage = topicSearch.documents(List.of("13", "12"));
        assertEquals("Le jeudi matin", topicPage.get(0).orElseThrow().body());
        assertEquals("Quel filament ?", topicPage.get(1).orElseThrow().body());
        assertEquals("Camille Lefèvre", topicPage.get(1).orElseThrow().author());
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

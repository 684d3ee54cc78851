package org.relais.forum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.forum.domain.Category;
import org.relais.forum.domain.Flag;
import org.relais.forum.domain.ForumRepository;
import org.relais.forum.domain.Post;
import org.relais.forum.domain.PostRevision;
import org.relais.forum.domain.Silence;
import org.relais.forum.domain.Topic;
import org.relais.forum.domain.TopicSort;
import org.relais.platform.persistence.EntitiesByIds;

/** The forum in the relational database, through JPA. */
@ApplicationScoped
public class JpaForumRepository implements ForumRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.sortKey, c.name", Category.class)
                .getResultList();
    }

    @Override
    public Optional<Category> findCategory(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    @Override
    public boolean categoryNamed(String name) {
        return !em.createQuery(
                        "select c.id from Category c where lower(c.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .getResultList()
                .isEmpty();
    }

    @Override
    public void store(Category category) {
        if (category.id() == null) {
            em.persist(category);
            em.flush();
        }
    }

    @Override
    public Map<Long, Activity> activityByCategory() {
        Map<Long, Activity> activity = new HashMap<>();
        em.createQuery(
                        "select t.categoryId, count(t), max(t.lastPostedAt) from Topic t"
                                + " where t.mergedIntoId is null group by t.categoryId",
                        Object[].class)
                .getResultList()
                .forEach(
                        row ->
                                activity.put(
                                        (Long) row[0],
                                        new Activity((Long) row[1], (OffsetDateTime) row[2])));
        return activity;
    }

    @Override
    public Optional<Topic> findTopic(long id) {
        return Optional.ofNullable(em.find(Topic.class, id));
    }

    @Override
    public List<Topic> topicsByIds(Collection<Long> ids) {
        return EntitiesByIds.find(em, Topic.class, ids);
    }

    @Override
    public Optional<TopicInCategory> findTopicInCategory(long id) {
        return em.createQuery(
                        "select t, c from Topic t, Category c where t.id = :id"
                                + " and c.id = t.categoryId",
                        Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(row -> new TopicInCategory((Topic) row[0], (Category) row[1]));
    }

    @Override
    public void store(Topic topic) {
        if (topic.id() == null) {
            em.persist(topic);
            em.flush();
        }
    }

    @Override
    public List<Topic> topics(Long categoryId, String tag, TopicSort sort, int offset, int limit) {
        String order =
                switch (sort) {
                    case LATEST -> " order by t.pinned desc, t.lastPostedAt desc, t.id desc";
                    case TOP -> " order by t.postCount desc, t.lastPostedAt desc, t.id desc";
                    case UNANSWERED -> " order by t.createdAt desc, t.id desc";
                };
        TypedQuery<Topic> query =
                em.createQuery(
                        "select t from Topic t" + where(categoryId, tag, sort) + order,
                        Topic.class);
        bind(query, categoryId, tag);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countTopics(Long categoryId, String tag, TopicSort sort) {
        TypedQuery<Long> query =
                em.createQuery(
                        "select count(t) from Topic t" + where(categoryId, tag, sort), Long.class);
        bind(query, categoryId, tag);
        return query.getSingleResult();
    }

    private static String where(Long categoryId, String tag, TopicSort sort) {
        StringBuilder where = new StringBuilder(" where t.mergedIntoId is null");
        if (categoryId != null) {
            where.append(" and t.categoryId = :category");
        }
        if (tag != null) {
            where.append(
                    " and (t.tagSlugs = :tag or t.tagSlugs like :tagStart"
                            + " or t.tagSlugs like :tagEnd or t.tagSlugs like :tagMiddle)");
        }
        if (sort == TopicSort.UNANSWERED) {
            where.append(" and t.postCount <= 1");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Long categoryId, String tag) {
        if (categoryId != null) {
            query.setParameter("category", categoryId);
        }
        if (tag != null) {
            query.setParameter("tag", tag)
                    .setParameter("tagStart", tag + " %")
                    .setParameter("tagEnd", "% " + tag)
                    .setParameter("tagMiddle", "% " + tag + " %");
        }
    }

    @Override
    public Optional<Post> findPost(long id) {
        return Optional.ofNullable(em.find(Post.class, id));
    }

    @Override
    public List<Post> postsByIds(Collection<Long> ids) {
        return EntitiesByIds.find(em, Post.class, ids);
    }

    @Override
    public List<Post> openingPosts(Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select p from Post p where p.topicId in :ids and p.number = 1", Post.class)
                .setParameter("ids", topicIds)
                .getResultList();
    }

    @Override
    public void store(Post post) {
        if (post.id() == null) {
            em.persist(post);
            em.flush();
        }
    }

    @Override
    public List<Post> posts(long topicId, int fromNumber, int toNumber) {
        return em.createQuery(
                        "select p from Post p where p.topicId = :topic and p.number between"
                                + " :from and :to order by p.number",
                        Post.class)
                .setParameter("topic", topicId)
                .setParameter("from", fromNumber)
                .setParameter("to", toNumber)
                .getResultList();
    }

    @Override
    public List<Post> allPosts(long topicId) {
        return em.createQuery(
                        "select p from Post p where p.topicId = :topic order by p.number",
                        Post.class)
                .setParameter("topic", topicId)
                .getResultList();
    }

    @Override
    public void store(PostRevision revision) {
        em.persist(revision);
    }

    @Override
    public List<PostRevision> revisions(long postId) {
        return em.createQuery(
                        "select r from PostRevision r where r.postId = :post order by r.id",
                        PostRevision.class)
                .setParameter("post", postId)
                .getResultList();
    }

    @Override
    public long countPostsBy(long authorId) {
        return em.createQuery("select count(p) from Post p where p.authorId = :author", Long.class)
                .setParameter("author", authorId)
                .getSingleResult();
    }

    @Override
    public long countPostsBySince(long authorId, OffsetDateTime since, boolean openingPosts) {
        return em.createQuery(
                        "select count(p) from Post p where p.authorId = :author"
                                + " and p.createdAt >= :since and p.number"
                                + (openingPosts ? " = 1" : " > 1"),
                        Long.class)
                .setParameter("author", authorId)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public void store(Flag flag) {
        em.persist(flag);
        em.flush();
    }

    @Override
    public boolean hasFlagged(long postId, long flaggerId) {
        return !em.createQuery(
                        "select f.id from Flag f where f.postId = :post and f.flaggerId = :flagger",
                        Long.class)
                .setParameter("post", postId)
                .setParameter("flagger", flaggerId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public long countOpenFlags(long postId) {
        return em.createQuery(
                        "select count(distinct f.flaggerId) from Flag f where f.postId = :post"
                                + " and f.reviewedAt is null",
                        Long.class)
                .setParameter("post", postId)
                .getSingleResult();
    }

    @Override
    public List<Flag> openFlags(long postId) {
        return em.createQuery(
                        "select f from Flag f where f.postId = :post and f.reviewedAt is null"
                                + " order by f.id",
                        Flag.class)
                .setParameter("post", postId)
                .getResultList();
    }

    @Override
    public List<Long> postsToReview(int limit) {
        return em.createQuery(
                        "select f.postId from Flag f where f.reviewedAt is null"
                                + " group by f.postId order by min(f.createdAt)",
                        Long.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Silence> findSilence(long accountId) {
        return Optional.ofNullable(em.find(Silence.class, accountId));
    }

    @Override
    public void store(Silence silence) {
        em.persist(silence);
    }

    @Override
    public List<Silence> activeSilences(OffsetDateTime now) {
        return em.createQuery(
                        "select s from Silence s where s.until > :now order by s.until",
                        Silence.class)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<Topic> topicsTitled(String words, int limit) {
        String pattern =
                "%"
                        + words.toLowerCase(java.util.Locale.ROOT)
                                .replace("!", "!!")
                                .replace("%", "!%")
                                .replace("_", "!_")
                        + "%";
        return em.createQuery(
                        "select t from Topic t where t.mergedIntoId is null"
                                + " and lower(t.title) like :pattern escape '!'"
                                + " order by t.lastPostedAt desc",
                        Topic.class)
                .setParameter("pattern", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Topic> topicsBy(long authorId) {
        return em.createQuery(
                        "select t from Topic t where t.authorId = :author order by t.id",
                        Topic.class)
                .setParameter("author", authorId)
                .getResultList();
    }

    @Override
    public List<Post> postsBy(long authorId) {
        return em.createQuery(
                        "select p from Post p where p.authorId = :author order by p.id", Post.class)
                .setParameter("author", authorId)
                .getResultList();
    }

    @Override
    public List<PostRevision> revisionsOfPostsBy(long authorId) {
        return em.createQuery(
                        "select r from PostRevision r, Post p where p.id = r.postId"
                                + " and p.authorId = :author order by r.id",
                        PostRevision.class)
                .setParameter("author", authorId)
                .getResultList();
    }

    @Override
    public List<PostRevision> editsOfOthersPostsBy(long editorId) {
        return em.createQuery(
                        "select r from PostRevision r, Post p where p.id = r.postId"
                                + " and r.editorId = :editor"
                                + " and (p.authorId is null or p.authorId <> :editor)"
                                + " order by r.id",
                        PostRevision.class)
                .setParameter("editor", editorId)
                .getResultList();
    }

    @Override
    public List<Flag> flagsBy(long flaggerId) {
        return em.createQuery(
                        "select f from Flag f where f.flaggerId = :flagger order by f.id",
                        Flag.class)
                .setParameter("flagger", flaggerId)
                .getResultList();
    }
}

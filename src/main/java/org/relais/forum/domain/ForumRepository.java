package org.relais.forum.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the forum keeps its categories, topics, posts, revisions, flags and silences. */
public interface ForumRepository {
    List<Category> categories();

    Optional<Category> findCategory(long id);

    boolean categoryNamed(String name);

    void store(Category category);

    /** Per category: how many topics and when the latest post was written. */
    Map<Long, Activity> activityByCategory();

    record Activity(long topics, OffsetDateTime lastPostedAt) {}

    Optional<Topic> findTopic(long id);

    /** The topics among these ids, in one query (a search rebuild reads them by the page). */
    List<Topic> topicsByIds(Collection<Long> ids);

    /** The topic and its category in one query, for the topic page. */
    Optional<TopicInCategory> findTopicInCategory(long id);

    record TopicInCategory(Topic topic, Category category) {}

    void store(Topic topic);

    List<Topic> topics(Long categoryId, String tag, TopicSort sort, int offset, int limit);

    long countTopics(Long categoryId, String tag, TopicSort sort);

    Optional<Post> findPost(long id);

    /** The posts among these ids, in one query. */
    List<Post> postsByIds(Collection<Long> ids);

    /** The opening posts (number 1) of these topics, in one query. */
    List<Post> openingPosts(Collection<Long> topicIds);

    void store(Post post);

    /** Posts of a topic whose numbers fall in the range, in order. */
    List<Post> posts(long topicId, int fromNumber, int toNumber);

    List<Post> allPosts(long topicId);

    void store(PostRevision revision);

    List<PostRevision> revisions(long postId);

    long countPostsBy(long authorId);

    /** Posts by the author since the given time; opening posts only, or replies only. */
    long countPostsBySince(long authorId, OffsetDateTime since, boolean openingPosts);

    void store(Flag flag);

    boolean hasFlagged(long postId, long flaggerId);

    long countOpenFlags(long postId);

    List<Flag> openFlags(long postId);

    /** Posts with flags not reviewed yet, oldest flag first. */
    List<Long> postsToReview(int limit);

    Optional<Silence> findSilence(long accountId);

    void store(Silence silence);

    /** Silences still running at the given time, the soonest to end first. */
    List<Silence> activeSilences(OffsetDateTime now);

    /** Open topics whose title contains the words, most recently active first. */
    List<Topic> topicsTitled(String words, int limit);

    // ---- what one member wrote and did, for their data export

    /** The topics the member opened, oldest first. */
    List<Topic> topicsBy(long authorId);

    /** The member's posts, deleted and hidden ones included, oldest first. */
    List<Post> postsBy(long authorId);

    /** Every edit of the member's posts, whoever made it, in order. */
    List<PostRevision> revisionsOfPostsBy(long authorId);

    /** The edits the member made to posts of others (as a moderator), in order. */
    List<PostRevision> editsOfOthersPostsBy(long editorId);

    /** The flags the member raised, oldest first. */
    List<Flag> flagsBy(long flaggerId);
}

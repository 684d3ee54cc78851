package org.relais.forum.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.forum.application.CategoryView;
import org.relais.forum.application.ForumModeration;
import org.relais.forum.application.ForumService;
import org.relais.forum.application.ForumWatching;
import org.relais.forum.application.NewTopic;
import org.relais.forum.application.PostView;
import org.relais.forum.application.TopicDetail;
import org.relais.forum.application.TopicSummary;
import org.relais.forum.domain.TopicSort;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.tags.TagView;
import org.relais.platform.text.Tags;
import org.relais.platform.validation.Revision;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The forum's pages: categories, topic lists, a topic with its replies, and the forms to open a
 * topic, reply (with a quote), edit, delete, see the history of a post and watch a subject. They
 * all work without JavaScript; the preview of Markdown is an addition.
 */
@ApplicationScoped
@Path("forum")
@Produces(MediaType.TEXT_HTML)
public class ForumPages {
    static final int PAGE_SIZE = 20;

    @Inject ForumService forum;
    @Inject ForumWatching watching;
    @Inject ForumModeration moderation;
    @Inject TagRegistry tags;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    public View index() {
        return View.of("forum/index")
                .with("categories", forum.categories())
                .with(
                        "latest",
                        forum.topics(null, null, TopicSort.LATEST, new PageRequest(1, 10)).items());
    }

    @GET
    @Path("sujets")
    public View topics(
            @QueryParam("tri") String sort,
            @QueryParam("etiquette") String tag,
            @QueryParam("page") String page) {
        return list(null, tag, sort, page);
    }

    @GET
    @Path("categories/{id}")
    public View category(
            @PathParam("id") String id,
            @QueryParam("tri") String sort,
            @QueryParam("page") String page) {
        CategoryView category = forum.category(pathId(id));
        return list(category, null, sort, page)
                .with("watchPath", "/forum/categories/" + category.id())
                .with(
                        "watchLevel",
                        watchLevel(ForumWatching.Subject.CATEGORY, Long.toString(category.id())));
    }

    /** The topics with a tag, where a member chooses how closely to follow the tag. */
    @GET
    @Path("etiquettes/{slug}")
    public View tag(
            @PathParam("slug") String slug,
            @QueryParam("tri") String sort,
            @QueryParam("page") String page) {
        TagView tag = tags.get(slug);
        return list(null, tag.slug(), sort, page)
                .with("tagLabel", tag.label())
                .with("tagDescription", tag.description())
                .with("watchPath", "/forum/etiquettes/" + tag.slug())
                .with("watchLevel", watchLevel(ForumWatching.Subject.TAG, tag.slug()));
    }

    private View list(CategoryView category, String tag, String sort, String page) {
        TopicSort order = TopicSort.parse(sort).orElse(TopicSort.LATEST);
        PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        String slug = tag == null ? null : Tags.normalize(tag).orElse(null);
        ForumService.TopicList list =
                forum.topics(category == null ? null : category.id(), slug, order, paging);
        String base =
                (category == null ? "/forum/sujets" : "/forum/categories/" + category.id())
                        + "?tri="
                        + order.key()
                        + (slug == null ? "" : "&etiquette=" + slug);
        return View.of("forum/topics")
                .with("category", category)
                .with("tag", slug)
                .with("sort", order.key())
                .with("topics", list.items())
                .with("total", list.total())
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(list.total()))
                .with("base", base);
    }

    /** The caller's level on a subject for the watch form, or null for visitors (no form). */
    private String watchLevel(ForumWatching.Subject subject, String key) {
        return caller.get()
                .map(c -> watching.levelOf(c, subject, key).map(Enum::name).orElse("DEFAULT"))
                .orElse(null);
    }

    /** One watch form for categories, tags and topics; back to the subject's page. */
    @POST
    @Path("{subject: categories|etiquettes|sujets}/{key}/suivi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response watch(
            @PathParam("subject") String subject,
            @PathParam("key") String key,
            @FormParam("level") String level) {
        ForumWatching.Subject watched =
                switch (subject) {
                    case "categories" -> ForumWatching.Subject.CATEGORY;
                    case "etiquettes" -> ForumWatching.Subject.TAG;
                    default -> ForumWatching.Subject.TOPIC;
                };
        String checked = watched == ForumWatching.Subject.TAG ? key : Long.toString(pathId(key));
        watching.set(caller.require(), watched, checked, ForumWatching.parseLevel(level));
        return seeOther("/forum/" + subject + "/" + checked);
    }

    @GET
    @Path("nouveau")
    public View newTopicForm(@QueryParam("categorie") String categoryId) {
        caller.require();
        Map<String, String> form =
                form("categoryId", categoryId, "title", "", "body", "", "tags", "");
        return newTopicView(form);
    }

    private View newTopicView(Map<String, String> form) {
        return View.of("forum/new-topic").with("form", form).with("categories", forum.categories());
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response newTopic(
            @FormParam("categoryId") String categoryId,
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tags) {
        Caller me = caller.require();
        Map<String, String> form =
                form("categoryId", categoryId, "title", title, "body", body, "tags", tags);
        try {
            Long category = parseOrNull(categoryId);
            TopicSummary topic =
                    forum.startTopic(me, new NewTopic(category, title, body, Tags.splitList(tags)));
            return seeOther("/forum/sujets/" + topic.id());
        } catch (RuleViolation violation) {
            return formErrors.rerender(newTopicView(form), violation);
        }
    }

    @GET
    @Path("sujets/{id}")
    public Response topic(
            @PathParam("id") String id,
            @QueryParam("page") String page,
            @QueryParam("citer") String quote) {
        long topicId = pathId(id);
        try {
            Optional<Caller> me = caller.get();
            String body = "";
            Long quotePostId = parseOrNull(quote);
            if (quotePostId != null && me.isPresent()) {
                body = forum.quoteFor(quotePostId, me);
            }
            return Response.ok(topicView(topicId, page, body, quotePostId)).build();
        } catch (ForumService.MergedTopicException merged) {
            return seeOther("/forum/sujets/" + merged.target());
        }
    }

    private View topicView(long topicId, String page, String replyBody, Long quotePostId) {
        PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        Optional<Caller> me = caller.get();
        TopicDetail detail = forum.topic(topicId, me, paging);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("body", replyBody);
        reply.put("quotePostId", quotePostId == null ? "" : quotePostId.toString());
        return View.of("forum/topic")
                .with("detail", detail)
                .with("topic", detail.topic())
                .with("posts", detail.posts())
                .with("page", detail.page())
                .with("pageCount", detail.pageCount())
                .with("reply", reply)
                .with("watchPath", "/forum/sujets/" + topicId)
                .with("watchLevel", watchLevel(ForumWatching.Subject.TOPIC, Long.toString(topicId)))
                .with("categories", detail.mayModerate() ? forum.categories() : List.of());
    }

    @POST
    @Path("sujets/{id}/repondre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(
            @PathParam("id") String id,
            @FormParam("body") String body,
            @FormParam("quotePostId") String quotePostId) {
        Caller me = caller.require();
        long topicId = pathId(id);
        Long quote = parseOrNull(quotePostId);
        try {
            PostView post = forum.reply(me, topicId, body, quote);
            return seeOther(postUrl(post));
        } catch (RuleViolation violation) {
            return formErrors.rerender(topicView(topicId, null, orEmpty(body), quote), violation);
        }
    }

    @GET
    @Path("messages/{id}/modifier")
    public View editForm(@PathParam("id") String id) {
        Caller me = caller.require();
        PostView post = forum.post(pathId(id), Optional.of(me));
        if (!post.mayEdit()) {
            throw new org.relais.platform.error.AccessDeniedException("forum.post.not-yours");
        }
        return View.of("forum/edit")
                .with("post", post)
                .with("form", Map.of("body", post.markdown(), "revision", post.revision()));
    }

    @POST
    @Path("messages/{id}/modifier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(
            @PathParam("id") String id,
            @FormParam("body") String body,
            @FormParam("revision") String revision) {
        Caller me = caller.require();
        long postId = pathId(id);
        try {
            PostView post = forum.edit(me, postId, body, revision);
            return seeOther(postUrl(post));
        } catch (RuleViolation violation) {
            PostView post = forum.post(postId, Optional.of(me));
            String seen = Revision.resumeFrom(violation, revision, post.revision());
            return formErrors.rerender(
                    View.of("forum/edit")
                            .with("post", post)
                            .with("form", Map.of("body", orEmpty(body), "revision", seen)),
                    violation);
        }
    }

    @POST
    @Path("messages/{id}/supprimer")
    public Response delete(@PathParam("id") String id) {
        Caller me = caller.require();
        long postId = pathId(id);
        PostView post = forum.post(postId, Optional.of(me));
        forum.delete(me, postId);
        return seeOther(postUrl(post));
    }

    @GET
    @Path("messages/{id}/historique")
    public View history(@PathParam("id") String id) {
        long postId = pathId(id);
        Optional<Caller> me = caller.get();
        PostView post = forum.post(postId, me);
        return View.of("forum/history")
                .with("post", post)
                .with("revisions", forum.revisions(postId, me));
    }

    static String postUrl(PostView post) {
        return "/forum/sujets/"
                + post.topicId()
                + "?page="
                + ((post.number() - 1) / PAGE_SIZE + 1)
                + "#message-"
                + post.id();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static long pathId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("error.404");
        }
    }

    static Long parseOrNull(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A form's values to show again, by field name in order; null stands for empty. */
    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], orEmpty(namesAndValues[i + 1]));
        }
        return form;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @GET
    @Path("messages/{id}/signaler")
    public View flagForm(@PathParam("id") String id) {
        Caller me = caller.require();
        PostView post = forum.post(pathId(id), Optional.of(me));
        return View.of("forum/flag")
                .with("post", post)
                .with("form", Map.of("reason", "", "note", ""));
    }

    @POST
    @Path("messages/{id}/signaler")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(
            @PathParam("id") String id,
            @FormParam("reason") String reason,
            @FormParam("note") String note) {
        Caller me = caller.require();
        long postId = pathId(id);
        PostView post = forum.post(postId, Optional.of(me));
        try {
            moderation.flag(me, postId, reason, note);
            return seeOther(postUrl(post));
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    View.of("forum/flag")
                            .with("post", post)
                            .with(
                                    "form",
                                    Map.of(
                                            "reason", orEmpty(reason),
                                            "note", orEmpty(note))),
                    violation);
        }
    }

    /**
     * The second step of a merge without JavaScript: the topics whose title holds the words typed
     * (or the one whose address was pasted), as choices for the moderator.
     */
    @GET
    @Path("sujets/{id}/fusion")
    public Response mergeForm(@PathParam("id") String id, @QueryParam("q") String words) {
        Caller me = caller.require();
        long topicId = pathId(id);
        try {
            List<TopicSummary> found = moderation.mergeCandidates(me, topicId, words);
            return Response.ok(mergeView(topicId, words, found)).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(mergeView(topicId, words, null), violation);
        }
    }

    private View mergeView(long topicId, String words, List<TopicSummary> found) {
        TopicDetail detail = forum.topic(topicId, caller.get(), new PageRequest(1, 1));
        return View.of("forum/merge")
                .with("topic", detail.topic())
                .with("q", orEmpty(words))
                .with("candidates", found);
    }

    @POST
    @Path("sujets/{id}/moderation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(
            @PathParam("id") String id,
            @FormParam("action") String action,
            @FormParam("categoryId") String categoryId,
            @FormParam("targetTopicId") String targetTopicId,
            @FormParam("q") String words) {
        Caller me = caller.require();
        long topicId = pathId(id);
        try {
            moderation.moderate(
                    me, topicId, action, parseOrNull(categoryId), parseOrNull(targetTopicId));
        } catch (RuleViolation violation) {
            View form =
                    isMerge(action)
                            ? mergeView(topicId, words, List.of())
                            : topicView(topicId, null, "", null);
            return formErrors.rerender(form, violation);
        }
        Long target = parseOrNull(targetTopicId);
        return seeOther("/forum/sujets/" + (isMerge(action) ? target : topicId));
    }

    private static boolean isMerge(String action) {
        return action != null && action.strip().equalsIgnoreCase("MERGE");
    }
}

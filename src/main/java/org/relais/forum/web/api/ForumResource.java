package org.relais.forum.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.relais.forum.application.ForumModeration;
import org.relais.forum.application.ForumService;
import org.relais.forum.application.ForumWatching;
import org.relais.forum.application.NewCategory;
import org.relais.forum.application.NewTopic;
import org.relais.forum.application.PostView;
import org.relais.forum.application.TopicDetail;
import org.relais.forum.application.TopicSummary;
import org.relais.forum.domain.TopicSort;
import org.relais.forum.web.api.ForumJson.CategoryJson;
import org.relais.forum.web.api.ForumJson.EditJson;
import org.relais.forum.web.api.ForumJson.FlagJson;
import org.relais.forum.web.api.ForumJson.FlagReviewJson;
import org.relais.forum.web.api.ForumJson.ModerationJson;
import org.relais.forum.web.api.ForumJson.NewCategoryJson;
import org.relais.forum.web.api.ForumJson.NewPostJson;
import org.relais.forum.web.api.ForumJson.NewTopicJson;
import org.relais.forum.web.api.ForumJson.PostJson;
import org.relais.forum.web.api.ForumJson.ReviewJson;
import org.relais.forum.web.api.ForumJson.RevisionJson;
import org.relais.forum.web.api.ForumJson.SilenceJson;
import org.relais.forum.web.api.ForumJson.TopicJson;
import org.relais.forum.web.api.ForumJson.WatchJson;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;

/** The forum's JSON API: categories, topics, posts, their history, and watch levels. */
@ApplicationScoped
@Path("api/v1/forum")
@Produces(MediaType.APPLICATION_JSON)
public class ForumResource {
    @Inject ForumService forum;
    @Inject ForumWatching watching;
    @Inject ForumModeration moderation;
    @Inject CurrentCaller caller;

    @GET
    @Path("categories")
    public PageJson<CategoryJson> categories() {
        return PageJson.all(forum.categories().stream().map(CategoryJson::of).toList());
    }

    @POST
    @Path("categories")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCategory(NewCategoryJson body) {
        NewCategoryJson json = body == null ? new NewCategoryJson(null, null, null, null) : body;
        CategoryJson created =
                CategoryJson.of(
                        forum.createCategory(
                                caller.require(),
                                new NewCategory(
                                        json.name(),
                                        json.description(),
                                        json.colour(),
                                        json.sortKey())));
        return Response.created(URI.create("/api/v1/forum/categories/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("topics")
    public PageJson<TopicJson> topics(
            @QueryParam("categoryId") String categoryId,
            @QueryParam("tag") String tag,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        TopicSort order =
                TopicSort.parse(sort)
                        .orElseThrow(() -> RuleViolation.of("sort", "forum.sort.invalid"));
        Long category =
                categoryId == null || categoryId.isBlank() ? null : id(categoryId, "categoryId");
        ForumService.TopicList list = forum.topics(category, tag, order, paging);
        return PageJson.of(list.items().stream().map(TopicJson::of).toList(), list.total(), paging);
    }

    @POST
    @Path("topics")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startTopic(NewTopicJson body) {
        NewTopicJson json = body == null ? new NewTopicJson(null, null, null, null) : body;
        Long category =
                json.categoryId() == null || json.categoryId().isBlank()
                        ? null
                        : id(json.categoryId(), "categoryId");
        TopicSummary topic =
                forum.startTopic(
                        caller.require(),
                        new NewTopic(category, json.title(), json.body(), json.tags()));
        return Response.created(URI.create("/api/v1/forum/topics/" + topic.id()))
                .entity(TopicJson.of(topic))
                .build();
    }

    @GET
    @Path("topics/{id}")
    public Map<String, Object> topic(
            @PathParam("id") String id,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        TopicDetail detail = forum.topic(pathId(id), caller.get(), paging);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", TopicJson.of(detail.topic()));
        json.put(
                "posts",
                PageJson.of(
                        detail.posts().stream().map(PostJson::of).toList(),
                        detail.totalPosts(),
                        paging));
        return json;
    }

    @POST
    @Path("topics/{id}/posts")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") String id, NewPostJson body) {
        NewPostJson json = body == null ? new NewPostJson(null, null) : body;
        Long quote =
                json.quotePostId() == null || json.quotePostId().isBlank()
                        ? null
                        : id(json.quotePostId(), "quotePostId");
        PostView post = forum.reply(caller.require(), pathId(id), json.body(), quote);
        return Response.created(URI.create("/api/v1/forum/posts/" + post.id()))
                .entity(PostJson.of(post))
                .build();
    }

    @GET
    @Path("posts/{id}")
    public PostJson post(@PathParam("id") String id) {
        return PostJson.of(forum.post(pathId(id), caller.get()));
    }

    @PUT
    @Path("posts/{id}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostJson edit(@PathParam("id") String id, EditJson body) {
        return PostJson.of(
                forum.edit(
                        caller.require(),
                        pathId(id),
                        body == null ? null : body.body(),
                        body == null ? null : body.revision()));
    }

    @DELETE
    @Path("posts/{id}")
    @RolesAllowed("member")
    public Response delete(@PathParam("id") String id) {
        forum.delete(caller.require(), pathId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("posts/{id}/revisions")
    public PageJson<RevisionJson> revisions(@PathParam("id") String id) {
        return PageJson.all(
                forum.revisions(pathId(id), caller.get()).stream().map(RevisionJson::of).toList());
    }

    // ---- moderation

    @POST
    @Path("posts/{id}/flags")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flag(@PathParam("id") String id, FlagJson body) {
        FlagJson json = body == null ? new FlagJson(null, null) : body;
        moderation.flag(caller.require(), pathId(id), json.reason(), json.note());
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("review")
    @RolesAllowed({"moderator", "admin"})
    public PageJson<FlagReviewJson> reviewQueue() {
        return PageJson.all(
                moderation.queue(caller.require()).stream().map(FlagReviewJson::of).toList());
    }

    @POST
    @Path("posts/{id}/review")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(@PathParam("id") String id, ReviewJson body) {
        moderation.review(caller.require(), pathId(id), body == null ? null : body.outcome());
        return Response.noContent().build();
    }

    @POST
    @Path("topics/{id}/moderation")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response moderate(@PathParam("id") String id, ModerationJson body) {
        ModerationJson json = body == null ? new ModerationJson(null, null, null) : body;
        moderation.moderate(
                caller.require(),
                pathId(id),
                json.action(),
                json.categoryId() == null ? null : id(json.categoryId(), "categoryId"),
                json.targetTopicId() == null ? null : id(json.targetTopicId(), "targetTopicId"));
        return Response.noContent().build();
    }

    @POST
    @Path("silences")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> silence(SilenceJson body) {
        SilenceJson json = body == null ? new SilenceJson(null, null, null) : body;
        if (json.memberId() == null) {
            throw RuleViolation.of("memberId", "forum.id.invalid");
        }
        var until =
                moderation.silence(
                        caller.require(),
                        id(json.memberId(), "memberId"),
                        json.days(),
                        json.reason());
        return Map.of("memberId", json.memberId(), "until", until.toString());
    }

    // ---- watch levels

    @GET
    @Path("{subject: categories|topics|tags}/{key}/watch")
    @RolesAllowed("member")
    public WatchJson watchLevel(
            @PathParam("subject") String subject, @PathParam("key") String key) {
        return new WatchJson(
                watching.levelOf(caller.require(), subject(subject), key)
                        .map(Enum::name)
                        .orElse("DEFAULT"));
    }

    @PUT
    @Path("{subject: categories|topics|tags}/{key}/watch")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public WatchJson watch(
            @PathParam("subject") String subject, @PathParam("key") String key, WatchJson body) {
        var level = ForumWatching.parseLevel(body == null ? null : body.level());
        watching.set(caller.require(), subject(subject), key, level);
        return new WatchJson(level.map(Enum::name).orElse("DEFAULT"));
    }

    private static ForumWatching.Subject subject(String path) {
        return switch (path) {
            case "categories" -> ForumWatching.Subject.CATEGORY;
            case "topics" -> ForumWatching.Subject.TOPIC;
            default -> ForumWatching.Subject.TAG;
        };
    }

    static long pathId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("error.404");
        }
    }

    static long id(String raw, String field) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(field, "forum.id.invalid");
        }
    }

    static Optional<String> blankToEmpty(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw);
    }
}

package org.relais.platform.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.notification.Notifications;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.web.CorrelationId;
import org.relais.platform.web.CsrfTokens;
import org.relais.platform.web.theme.BundleMessageResolver;
import org.relais.platform.web.theme.ThemeFiles;
import org.relais.platform.web.theme.ThemeTemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders pages with the selected theme. Besides the view's own model, every template sees {@code
 * me} (the logged-in member or null), {@code unread} (their unread notifications, counted only when
 * read: {@code unread.count}), {@code csrf} (the form token, created only when a form asks for it),
 * {@code nav} (the capabilities that exist), {@code lang} and {@code path}.
 */
@ApplicationScoped
public class PageRenderer {
    @Inject Messages messages;
    @Inject ServletContext servletContext;
    @Inject Instance<NavigationContributor> navigation;
    @Inject Notifications notifications;
    @Inject TagRegistry tags;

    @Inject
    @ConfigProperty(name = "relais.theme", defaultValue = ThemeFiles.DEFAULT_THEME)
    String theme;

    @Inject
    @ConfigProperty(name = "relais.themes-dir")
    Optional<String> themesDirectory;

    private ThemeFiles files;
    private TemplateEngine engine;
    private JakartaServletWebApplication application;
    private List<NavigationEntry> entries;

    @PostConstruct
    void init() {
        files =
                new ThemeFiles(
                        theme,
                        themesDirectory.filter(s -> !s.isBlank()).map(Path::of),
                        getClass().getClassLoader());
        engine = ThemeTemplateEngine.build(files, new BundleMessageResolver(messages), true);
        application = JakartaServletWebApplication.buildApplication(servletContext);
        entries =
                navigation.stream()
                        .map(NavigationContributor::navigationEntry)
                        .sorted(Comparator.comparingInt(NavigationEntry::order))
                        .toList();
    }

    public ThemeFiles files() {
        return files;
    }

    public String render(View view, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = RequestLocale.resolve(request);
        Map<String, Object> variables = new HashMap<>(view.model());
        Caller me = (Caller) request.getAttribute(Caller.class.getName());
        variables.put("me", me);
        variables.put(
                "unread",
                me == null ? null : new LazyCount(() -> notifications.unreadCount(me.accountId())));
        variables.put("csrf", new LazyCsrf(request));
        variables.put("nav", entries);
        variables.put("tagLabels", new TagLabels(tags));
        variables.put("lang", locale.getLanguage());
        variables.put("path", currentPath(request));
        variables.put("correlationId", CorrelationId.of(request));
        WebContext context =
                new WebContext(application.buildExchange(request, response), locale, variables);
        return engine.process(view.template(), context);
    }

    private static String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /**
     * Tags as lists show them, for templates whose model holds slugs: {@code
     * ${tagLabels.of(slugs)}} gives each slug with its label ("impression-3d" → "Impression 3D"),
     * {@code ${tagLabels.label(slug)}} one label.
     */
    public static final class TagLabels {
        private final TagRegistry tags;

        TagLabels(TagRegistry tags) {
            this.tags = tags;
        }

        public List<TagRegistry.TagLabel> of(Collection<String> slugs) {
            return slugs == null || slugs.isEmpty() ? List.of() : tags.labels(slugs);
        }

        /** A member's skills (slug → the words they typed), as {@link #typed} reads them. */
        public List<TagRegistry.TagLabel> skills(Map<String, String> typedBySlug) {
            return typed(typedBySlug);
        }

        /**
         * Tags as typed (slug → the words typed: a member's skills, an offer's or an event's tags):
         * the tag's label where the vocabulary has the tag, so that one topic reads the same
         * everywhere, else the words typed.
         */
        public List<TagRegistry.TagLabel> typed(Map<String, String> typedBySlug) {
            if (typedBySlug == null || typedBySlug.isEmpty()) {
                return List.of();
            }
            return tags.labels(typedBySlug.keySet()).stream()
                    .map(
                            known ->
                                    known.label().equals(known.slug())
                                            ? new TagRegistry.TagLabel(
                                                    known.slug(), typedBySlug.get(known.slug()))
                                            : known)
                    .toList();
        }

        public String label(String slug) {
            return slug == null ? null : tags.labels(List.of(slug)).get(0).label();
        }
    }

    /** Counts (one query) only when a template reads {@code count}, and once per page. */
    public static final class LazyCount {
        private final LongSupplier counter;
        private Long count;

        LazyCount(LongSupplier counter) {
            this.counter = counter;
        }

        public long getCount() {
            if (count == null) {
                count = counter.getAsLong();
            }
            return count;
        }
    }

    /** Creates the session and its token only when a template reads {@code csrf.token}. */
    public static final class LazyCsrf {
        private final HttpServletRequest request;

        LazyCsrf(HttpServletRequest request) {
            this.request = request;
        }

        public String getField() {
            return CsrfTokens.FIELD;
        }

        public String getToken() {
            return CsrfTokens.token(request.getSession(true));
        }
    }
}

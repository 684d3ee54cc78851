package org.relais.platform.markdown;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders member-written Markdown to HTML that may be shown to anyone.
 *
 * <p>Two locks, so that a mistake in one does not open the door: commonmark escapes any raw HTML in
 * the source, then an allow-list sanitiser keeps only the elements and attributes Markdown itself
 * produces. Headings are shifted one level down because the page title is the only {@code h1}.
 * Rendering fails closed: if anything goes wrong the caller gets an exception, never HTML that
 * skipped the sanitiser.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS =
            List.of(
                    TablesExtension.create(),
                    AutolinkExtension.create(),
                    StrikethroughExtension.create());

    /** The highest heading level a member can write; the page keeps h1 for its own title. */
    private static final int TOP_HEADING_LEVEL = 2;

    private static final int DEEPEST_HEADING_LEVEL = 4;

    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[a-zA-Z0-9_+#.-]{1,32}");

    private static final Pattern LIST_START = Pattern.compile("[0-9]{1,9}");

    private static final PolicyFactory POLICY =
            new HtmlPolicyBuilder()
                    .allowElements("p", "br", "hr", "em", "strong", "del", "s")
                    .allowElements("ul", "ol", "li", "blockquote", "pre", "code")
                    .allowElements("h2", "h3", "h4")
                    .allowElements("table", "thead", "tbody", "tr", "th", "td")
                    .allowElements(onlyWith("href"), "a")
                    .allowElements(onlyWith("src"), "img")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href", "title")
                    .onElements("a")
                    .allowAttributes("src")
                    .matching(MarkdownRenderer::isHttpUrl)
                    .onElements("img")
                    .allowAttributes("alt", "title")
                    .onElements("img")
                    .allowAttributes("align")
                    .matching(true, "left", "center", "right")
                    .onElements("th", "td")
                    .allowAttributes("start")
                    .matching(LIST_START)
                    .onElements("ol")
                    .allowAttributes("class")
                    .matching(CODE_LANGUAGE)
                    .onElements("code")
                    .requireRelsOnLinks("nofollow", "ugc", "noopener")
                    .toFactory();

    private final Parser parser =
            Parser.builder()
                    .extensions(EXTENSIONS)
                    .postProcessor(MarkdownRenderer::shiftHeadings)
                    .build();

    private final HtmlRenderer renderer =
            HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    public MarkdownRenderer() {}

    /**
     * Renders a Markdown source.
     *
     * @throws IllegalStateException if the source could not be rendered; no HTML is returned then
     */
    public RenderedMarkdown render(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            return new RenderedMarkdown(source, "");
        }
        try {
            String unsafe = renderer.render(parser.parse(source));
            return new RenderedMarkdown(source, POLICY.sanitize(unsafe));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Markdown could not be rendered safely", e);
        }
    }

    private static Node shiftHeadings(Node document) {
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        int shifted = heading.getLevel() + TOP_HEADING_LEVEL - 1;
                        heading.setLevel(Math.min(shifted, DEEPEST_HEADING_LEVEL));
                    }
                });
        return document;
    }

    /**
     * Drops an element whose required attribute did not survive the attribute policies, so that a
     * rejected link leaves its text and a rejected image leaves nothing.
     */
    private static ElementPolicy onlyWith(String attribute) {
        return (name, attributes) -> {
            for (int i = 0; i < attributes.size(); i += 2) {
                if (attributes.get(i).equals(attribute)) {
                    return name;
                }
            }
            return null;
        };
    }

    private static boolean isHttpUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}

package org.relais.platform.markdown;

import java.util.Objects;

/**
 * A Markdown text together with its sanitised HTML, both stored: the source so that an author can
 * edit what they wrote, the HTML so that pages show it without rendering it again.
 *
 * @param source the Markdown as the author wrote it
 * @param html the HTML that is safe to insert into a page unescaped
 */
public record RenderedMarkdown(String source, String html) {

    public RenderedMarkdown {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(html, "html");
    }
}

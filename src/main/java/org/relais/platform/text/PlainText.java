package org.relais.platform.text;

import java.util.regex.Pattern;

/** Plain text from the sanitised HTML Relais stores, for search documents and excerpts. */
public final class PlainText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private PlainText() {}

    public static String ofHtml(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(html.replaceAll("(?i)<br\\s*/?>|</p>", "\n")).replaceAll("");
        text =
                text.replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&#39;", "'")
                        .replace("&nbsp;", " ")
                        .replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}

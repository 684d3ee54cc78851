package org.relais.newsletter.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that let a mail client offer "unsubscribe" next to the sender (RFC 2369) and do it in
 * one click (RFC 8058): an https address that a POST with {@code List-Unsubscribe=One-Click}
 * unsubscribes, without a login (its token is the proof), and optionally a mailto address. RFC 8058
 * also asks that the mail be signed (DKIM) by the domain: that is the SMTP relay's job.
 */
public final class UnsubscribeHeaders {
    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private UnsubscribeHeaders() {}

    /**
     * @param oneClickUrl the absolute URL of the one-click POST (the page behind it, on GET, asks
     *     to confirm with a button)
     * @param mailto an address whose mails unsubscribe, or null
     */
    public static Map<String, String> of(String oneClickUrl, String mailto) {
        if (!oneClickUrl.startsWith("https://") && !oneClickUrl.startsWith("http://")) {
            throw new IllegalArgumentException("not an http(s) URL: " + oneClickUrl);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String value = "<" + oneClickUrl + ">";
        if (mailto != null && !mailto.isBlank()) {
            value += ", <mailto:" + mailto + "?subject=unsubscribe>";
        }
        headers.put(LIST_UNSUBSCRIBE, value);
        headers.put(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
        return headers;
    }
}

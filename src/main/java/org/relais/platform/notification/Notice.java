package org.relais.platform.notification;

import java.util.Objects;

/**
 * Something to tell one member: a reply, a mention, an answer, a question routed to them.
 *
 * @param kind a key such as {@code forum.mention}, declared by a {@link NotificationKinds}
 * @param actorId who caused it, or null (the member is never notified of their own acts)
 * @param subject what it is about, e.g. the topic title, shown as the notification's text
 * @param url the local path to open, e.g. {@code /forum/sujets/12#message-40}
 * @param excerpt a few words of the post, plain text
 */
public record Notice(
        long recipientId, String kind, Long actorId, String subject, String url, String excerpt) {
    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(url);
        excerpt = excerpt == null ? "" : excerpt;
    }
}

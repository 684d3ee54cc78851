package org.relais.platform.notification;

/**
 * How closely a member follows a subject (a forum category or topic, a tag), as in Discourse:
 * watching notifies every new post, tracking only counts unread ones, muted hides the subject from
 * their notifications altogether. No subscription row means the default for the subject.
 */
public enum WatchLevel {
    WATCHING,
    TRACKING,
    MUTED
}

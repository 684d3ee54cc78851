package org.relais.forum.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The limits that keep new members from flooding the forum while they learn its ways. */
public final class ForumRules {
    /** A member is new during their first day, or until they have written this many posts. */
    public static final Duration NEW_MEMBER_PERIOD = Duration.ofDays(1);

    public static final int NEW_MEMBER_POSTS = 3;
    public static final int NEW_MEMBER_TOPICS_PER_DAY = 3;
    public static final int NEW_MEMBER_REPLIES_PER_DAY = 10;
    public static final int NEW_MEMBER_LINKS_PER_POST = 2;

    /** Posts hidden until reviewed once this many different members flag them. */
    public static final int FLAGS_TO_HIDE = 3;

    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.");

    private ForumRules() {}

    public static boolean isNewMember(OffsetDateTime joined, long postCount, OffsetDateTime now) {
        return joined == null
                || joined.plus(NEW_MEMBER_PERIOD).isAfter(now)
                || postCount < NEW_MEMBER_POSTS;
    }

    public static int countLinks(String markdown) {
        Matcher matcher = LINK.matcher(markdown);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}

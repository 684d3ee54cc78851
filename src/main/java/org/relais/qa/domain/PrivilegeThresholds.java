package org.relais.qa.domain;

/**
 * The reputation each privilege needs (settings {@code relais.qa.privilege.*}). Moderators and
 * administrators hold every privilege: they are trusted by role, not by score.
 */
public record PrivilegeThresholds(int voteDown, int createTags, int editOthersPosts) {
    public static final PrivilegeThresholds DEFAULTS = new PrivilegeThresholds(125, 300, 1000);

    public int threshold(Privilege privilege) {
        return switch (privilege) {
            case VOTE_DOWN -> voteDown;
            case CREATE_TAGS -> createTags;
            case EDIT_OTHERS_POSTS -> editOthersPosts;
        };
    }

    public boolean allows(Privilege privilege, int reputation, boolean staff) {
        return staff || reputation >= threshold(privilege);
    }
}

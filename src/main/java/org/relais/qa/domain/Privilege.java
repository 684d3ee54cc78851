package org.relais.qa.domain;

/**
 * What a member may do once their reputation shows they know the place. Each privilege's threshold
 * is the setting {@code relais.qa.privilege.<setting>}, by default {@link
 * PrivilegeThresholds#DEFAULTS}.
 */
public enum Privilege {
    VOTE_DOWN("vote-down"),
    CREATE_TAGS("create-tags"),
    EDIT_OTHERS_POSTS("edit-others");

    private final String setting;

    Privilege(String setting) {
        this.setting = setting;
    }

    /** The last part of the setting's name. */
    public String setting() {
        return setting;
    }
}

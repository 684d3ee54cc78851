package org.relais.qa.domain;

/** What a member may do once their reputation shows they know the place. */
public enum Privilege {
    VOTE_DOWN,
    CREATE_TAGS,
    EDIT_OTHERS_POSTS
}

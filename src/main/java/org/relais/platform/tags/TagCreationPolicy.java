package org.relais.platform.tags;

import org.relais.platform.security.Caller;

/**
 * Who may add a tag to the vocabulary. Q&A provides the policy (a reputation threshold); without
 * one, only moderators and administrators may.
 */
public interface TagCreationPolicy {
    boolean mayCreateTags(Caller caller);
}

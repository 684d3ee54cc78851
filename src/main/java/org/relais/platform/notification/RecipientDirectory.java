package org.relais.platform.notification;

import java.util.List;
import java.util.Optional;

/** How notifications find where to mail a member, without depending on the accounts capability. */
public interface RecipientDirectory {
    /** The active member's address and name; empty for a deleted or unconfirmed account. */
    Optional<Recipient> recipient(long accountId);

    /** Every active member, for announcements to the whole network. */
    List<Long> activeMembers();

    record Recipient(String email, String displayName) {}
}

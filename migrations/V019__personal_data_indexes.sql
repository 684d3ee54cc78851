-- A member's data export (and account deletion) reads each capability's rows by the member who
-- wrote, voted, organised or received them. These columns had no index that starts with them, so
-- each of those reads scanned its whole table.
CREATE INDEX forum_topic_author_idx ON forum_topic (author_id);
CREATE INDEX forum_post_revision_editor_idx ON forum_post_revision (editor_id);
CREATE INDEX forum_flag_flagger_idx ON forum_flag (flagger_id);
CREATE INDEX qa_vote_voter_idx ON qa_vote (voter_id);
CREATE INDEX timebank_hold_owner_idx ON timebank_hold (owner_id);
CREATE INDEX timebank_offer_author_idx ON timebank_offer (author_id);
CREATE INDEX beta_call_holder_idx ON beta_call (holder_id);
CREATE INDEX notification_actor_idx ON notification (actor_id, kind);
CREATE INDEX agenda_event_organiser_idx ON agenda_event (organiser_id);
CREATE INDEX kit_rating_member_idx ON kit_rating (member_id);
CREATE INDEX kit_report_member_idx ON kit_report (member_id);
CREATE INDEX kit_report_reviewer_idx ON kit_report (reviewed_by);
CREATE INDEX kit_declaration_member_idx ON kit_declaration (member_id);
CREATE INDEX kit_link_version_idx ON kit_link (version_id);
CREATE INDEX usage_request_decider_idx ON usage_request (decided_by);
CREATE INDEX newsletter_subscription_account_idx ON newsletter_subscription (account_id);
CREATE INDEX newsletter_delivery_subscription_idx ON newsletter_delivery (subscription_id);
CREATE INDEX newsletter_issue_editor_idx ON newsletter_issue (editor_id);

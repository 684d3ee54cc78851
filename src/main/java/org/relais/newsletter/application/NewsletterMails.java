package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import java.util.Set;
import org.relais.newsletter.domain.DigestContent;
import org.relais.newsletter.domain.Topic;
import org.relais.newsletter.domain.UnsubscribeHeaders;
import org.relais.platform.i18n.Messages;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailTemplates;

/**
 * The letter as a mail: a plain-text and an HTML part from the theme's {@code
 * mail/newsletter-issue} templates, the reader's own sections, and the one-click unsubscribe link
 * in the body and in the RFC 8058 headers. The frozen sections travel as JSON in the issue.
 */
@ApplicationScoped
public class NewsletterMails {
    static final String TEMPLATE = "newsletter-issue";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject MailTemplates mails;

    /** One reader's copy; {@code unsubscribeToken} null for a test copy to the editor. */
    public MailMessage letter(
            IssueView issue,
            DigestContent content,
            String to,
            String unsubscribeToken,
            Set<Topic> topics,
            String region,
            Set<String> readerTags) {
        DigestContent mine = content.forReader(topics, region, readerTags);
        String unsubscribeUrl =
                unsubscribeToken == null
                        ? mails.baseUrl() + "/lettre"
                        : mails.baseUrl() + "/lettre/desabonnement/" + unsubscribeToken;
        return mails.composeWithHtml(
                to,
                TEMPLATE,
                mails.subject(
                        Messages.FRENCH,
                        TEMPLATE,
                        issue.number() == null ? "—" : issue.number(),
                        issue.title()),
                Messages.FRENCH,
                Map.of(
                        "issue", issue,
                        "content", mine,
                        "unsubscribeUrl", unsubscribeUrl,
                        "regionName", region == null ? "" : Regions.name(region)),
                UnsubscribeHeaders.of(unsubscribeUrl, null));
    }

    /** The letter as a reader who chose every topic and every region receives it (the archive). */
    public MailMessage general(IssueView issue, DigestContent content, String to) {
        return letter(issue, content, to, null, Set.of(Topic.values()), null, Set.of());
    }

    static String toJson(DigestContent content) {
        return JSON.toJson(content);
    }

    static DigestContent fromJson(String json) {
        return json == null ? DigestContent.EMPTY : JSON.fromJson(json, DigestContent.class);
    }
}

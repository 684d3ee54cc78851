package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relais.newsletter.domain.Delivery;
import org.relais.newsletter.domain.Issue;
import org.relais.newsletter.domain.NewsletterRepository;
import org.relais.newsletter.domain.Subscription;
import org.relais.newsletter.domain.Topic;
import org.relais.platform.personaldata.PersonalDataSection;

/**
 * The newsletter's part of a member's data export: their subscriptions (linked to their account or
 * made with their address before they had one), the copies of issues sent to them, and the issues
 * they wrote as an editor. The unsubscribe and confirmation tokens are secrets of the mails, not
 * data about the member, and are left out.
 */
@ApplicationScoped
public class NewsletterPersonalData implements PersonalDataSection {
    @Inject NewsletterRepository repository;
    @Inject SubscriptionService subscriptions;

    /** The newsletter's section. */
    public record NewsletterData(
            List<SubscriptionData> subscriptions,
            List<DeliveryData> deliveries,
            List<EditedIssue> issuesEdited) {}

    /** A subscription, with the topics and region chosen; {@code region} null is every region. */
    public record SubscriptionData(
            String email,
            String status,
            List<String> topics,
            String region,
            OffsetDateTime createdAt,
            OffsetDateTime confirmedAt,
            OffsetDateTime unsubscribedAt) {}

    /** One issue's copy to the member: its state, attempts and when it left. */
    public record DeliveryData(
            Integer issueNumber,
            String issueTitle,
            String email,
            String state,
            int attempts,
            OffsetDateTime sentAt) {}

    /** An issue the member wrote: its editorial's Markdown source, and when it was sent. */
    public record EditedIssue(
            String id,
            Integer number,
            String month,
            String title,
            String editorial,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt) {}

    @Override
    public String name() {
        return "newsletter";
    }

    @Override
    public NewsletterData of(long memberId) {
        List<Subscription> own =
                repository.subscriptionsOf(memberId, subscriptions.emailOf(memberId));
        Map<Long, String> emails =
                own.stream().collect(Collectors.toMap(Subscription::id, Subscription::email));
        Map<Long, Issue> issues =
                repository.issuesDeliveredTo(emails.keySet()).stream()
                        .collect(Collectors.toMap(Issue::id, Function.identity()));
        return new NewsletterData(
                own.stream().map(NewsletterPersonalData::subscription).toList(),
                repository.deliveriesTo(emails.keySet()).stream()
                        .map(
                                d ->
                                        delivery(
                                                d,
                                                issues.get(d.issueId()),
                                                emails.get(d.subscriptionId())))
                        .toList(),
                repository.issuesEditedBy(memberId).stream()
                        .map(NewsletterPersonalData::edited)
                        .toList());
    }

    private static SubscriptionData subscription(Subscription s) {
        return new SubscriptionData(
                s.email(),
                s.status().name(),
                s.topics().stream().map(Topic::code).toList(),
                s.region(),
                s.createdAt(),
                s.confirmedAt(),
                s.unsubscribedAt());
    }

    private static DeliveryData delivery(Delivery d, Issue issue, String email) {
        return new DeliveryData(
                issue.number(), issue.title(), email, d.state().name(), d.attempts(), d.sentAt());
    }

    private static EditedIssue edited(Issue i) {
        return new EditedIssue(
                String.valueOf(i.id()),
                i.number(),
                i.month().toString(),
                i.title(),
                i.editorialSource(),
                i.status().name(),
                i.createdAt(),
                i.sentAt());
    }
}

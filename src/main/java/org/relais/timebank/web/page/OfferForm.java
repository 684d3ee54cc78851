package org.relais.timebank.web.page;

import jakarta.ws.rs.FormParam;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relais.platform.text.Tags;
import org.relais.timebank.application.OfferService;
import org.relais.timebank.application.OfferService.OfferDraft;

/** The fields of the form that publishes or edits an offer, as typed, and the draft they make. */
public final class OfferForm {
    private OfferForm() {}

    /** The form's fields as posted ({@code @BeanParam}). */
    public static class Posted {
        @FormParam("kind")
        String kind;

        @FormParam("title")
        String title;

        @FormParam("description")
        String description;

        @FormParam("tags")
        String tags;

        @FormParam("place")
        String place;

        @FormParam("online")
        String online;

        @FormParam("durationMinutes")
        String duration;

        Map<String, String> form() {
            return of(kind, title, description, tags, place, online, duration);
        }
    }

    static Map<String, String> of(
            String kind,
            String title,
            String description,
            String tags,
            String place,
            String online,
            String duration) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", LedgerPages.orEmpty(kind));
        form.put("title", LedgerPages.orEmpty(title));
        form.put("description", LedgerPages.orEmpty(description));
        form.put("tags", LedgerPages.orEmpty(tags));
        form.put("place", LedgerPages.orEmpty(place));
        form.put("online", "oui".equals(online) ? "oui" : "");
        form.put("durationMinutes", LedgerPages.orEmpty(duration));
        return form;
    }

    /** The form filled with a published listing, for editing it. */
    static Map<String, String> of(OfferService.OfferView offer) {
        return of(
                offer.kind().name(),
                offer.title(),
                offer.description(),
                String.join(", ", offer.tagLabels().values()),
                offer.place(),
                offer.online() ? "oui" : "",
                Integer.toString(offer.durationMinutes()));
    }

    static OfferDraft draft(Map<String, String> form) {
        String duration = form.get("durationMinutes");
        Long minutes = duration.isBlank() ? null : LedgerPages.parse(duration, null);
        return new OfferDraft(
                form.get("kind"),
                form.get("title"),
                form.get("description"),
                Tags.splitList(form.get("tags")),
                form.get("place"),
                "oui".equals(form.get("online")),
                minutes == null ? null : (int) Math.min(minutes, 100_000));
    }
}

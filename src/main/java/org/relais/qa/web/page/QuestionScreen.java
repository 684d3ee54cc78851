package org.relais.qa.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.View;
import org.relais.qa.application.QaLookups;
import org.relais.qa.application.QaModeration;
import org.relais.qa.application.QaService;
import org.relais.qa.application.QuestionView;
import org.relais.qa.application.Reputations;

/**
 * The question page's model, shared by the resources whose forms live on it (answering, editing,
 * inviting, closing as a duplicate), so that a refused form comes back on the same page.
 */
@RequestScoped
class QuestionScreen {
    @Inject QaService qa;
    @Inject QaModeration moderation;
    @Inject QaLookups lookups;
    @Inject CurrentCaller caller;

    View of(long id) {
        Caller me = caller.get().orElse(null);
        QuestionView question = qa.get(id, me);
        return View.of("qa/question")
                .with("q", question)
                .with(
                        "original",
                        question.duplicateOf() == null
                                ? null
                                : qa.get(question.duplicateOf(), null))
                .with("place", lookups.placeNamed(question.placeId()).orElse(null))
                .with("mayEdit", me != null && moderation.canEdit(me, question.authorId()))
                .with("editsOthers", moderation.editsOthers(me))
                .with("moderator", me != null && Reputations.isStaff(me))
                .with("asker", me != null && me.accountId() == question.authorId())
                .with("form", Map.of("body", "", "membre", "", "original", ""))
                .with("choices", List.of());
    }
}

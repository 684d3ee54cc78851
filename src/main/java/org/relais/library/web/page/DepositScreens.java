package org.relais.library.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.relais.library.application.DepositRules;
import org.relais.library.application.DraftState;
import org.relais.library.application.KitDeposits;
import org.relais.library.application.KitService;
import org.relais.library.application.KitView;
import org.relais.library.application.RemixAdvice;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.KitFilter;
import org.relais.library.domain.KitLevel;
import org.relais.library.domain.Licence;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.Origin;
import org.relais.library.domain.ThirdPartyLicence;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.upload.UploadPolicy;
import org.relais.platform.web.view.View;

/** The views of the deposit steps, each with the draft and the list of steps for orientation. */
@RequestScoped
class DepositScreens {
    static final List<String> STEPS =
            List.of(
                    "details",
                    "origine",
                    "licence",
                    "autorisations",
                    "declaration",
                    "recapitulatif");

    @Inject KitDeposits deposits;
    @Inject CurrentCaller caller;
    @Inject DepositPlaces depositPlaces;
    @Inject TagRegistry tags;
    @Inject UploadPolicy policy;
    @Inject DepositRules rules;
    @Inject KitService kits;

    private final LicenceCatalogue licences = LicenceCatalogue.standard();

    /**
     * The step's page, or a redirect to the first step not done yet when a later one is asked (by
     * an old bookmark or a typed address).
     */
    Response guarded(long draft, int step, Function<DraftState, View> page) {
        DraftState state = deposits.get(caller.require(), draft);
        if (state.reached < step - 1) {
            return DepositPages.next(draft, STEPS.get(state.reached));
        }
        return Response.ok(page.apply(state)).build();
    }

    View details(Long draft, DraftState s) {
        return step("library/deposit-details", draft, s, 1)
                .with("levels", KitLevel.values())
                .with("placeChoices", depositPlaces.choices(s))
                .with("directoryPlaces", depositPlaces.directory())
                .with("knownTags", tags.suggest("", 200))
                .with("tagText", String.join(", ", s.tags))
                .with("linkRows", linkRows(s))
                .with("maxFileMb", policy.maxFileBytes() / (1024 * 1024))
                .with("maxKitMb", policy.maxKitBytes() / (1024 * 1024))
                .with(
                        "isVersion",
                        draft != null && deposits.kitOf(caller.require(), draft).isPresent());
    }

    private static List<DraftState.DraftLink> linkRows(DraftState s) {
        List<DraftState.DraftLink> rows = new ArrayList<>(s.links);
        while (rows.size() < DepositForms.LINK_ROWS) {
            rows.add(new DraftState.DraftLink());
        }
        return rows;
    }

    View origin(long draft, DraftState s) {
        return step("library/deposit-origin", draft, s, 2)
                .with("kinds", Origin.Kind.values())
                .with("publishedKits", publishedKits())
                .with("sourcesSent", null);
    }

    /** The published kits an adaptation may be made from, newest first. */
    private List<KitView> publishedKits() {
        return kits.list(
                        KitFilter.none(),
                        new PageRequest(1, PageRequest.MAX_SIZE),
                        Optional.empty())
                .items();
    }

    /**
     * The remix check's verdict on an adaptation's sources; for another origin the licence step
     * comes at once.
     */
    View sources(long draft, DraftState s) {
        RemixAdvice.Advice verdict = rules.remixVerdict(s.origin()).orElse(null);
        return step("library/deposit-sources", draft, s, 2)
                .with("verdict", verdict)
                .with("sourceKits", verdict == null ? List.of() : sourceKits(s));
    }

    private List<KitView> sourceKits(DraftState s) {
        return s.sources.stream().map(id -> kits.get(id, Optional.empty())).toList();
    }

    View licence(long draft, DraftState s, MultivaluedMap<String, String> sent) {
        Origin origin = s.origin();
        String required =
                origin != null && origin.kind() == Origin.Kind.THIRD_PARTY
                        ? ThirdPartyLicence.required(origin.existingPermission(), licences.all())
                        : null;
        RemixAdvice.Advice verdict = rules.remixVerdict(origin).orElse(null);
        return step("library/deposit-licence", draft, s, 3)
                .with(
                        "licences",
                        verdict == null ? licences.all() : verdict.result().possibleLicences())
                .with("verdict", verdict)
                .with("etalab", licences.publicBodyDefault())
                .with(
                        "requiredLicence",
                        required == null ? null : licences.byId(required).orElse(null))
                .with("selected", required != null ? required : s.licenceId)
                .with("sent", firstValues(sent));
    }

    /** The form as a plain map (templates may not call methods of Jakarta classes). */
    private static Map<String, String> firstValues(MultivaluedMap<String, String> form) {
        Map<String, String> first = new java.util.HashMap<>();
        form.forEach((name, values) -> first.put(name, values.isEmpty() ? "" : values.get(0)));
        return first;
    }

    View grants(long draft, DraftState s) {
        return step("library/deposit-grants", draft, s, 4)
                .with("licence", licences.byId(s.licenceId).orElse(null))
                .with("fields", deposits.grantFields(s))
                .with("answers", GrantAnswer.values());
    }

    View declaration(long draft, DraftState s) {
        return step("library/deposit-declaration", draft, s, 5);
    }

    View summary(long draft, DraftState s) {
        Licence licence = licences.byId(s.licenceId).orElse(null);
        return step("library/deposit-summary", draft, s, 6)
                .with("licence", licence)
                .with(
                        "etalabExpected",
                        s.publicBody && licence != null && !licence.publicBodyDefault())
                .with("grantFields", deposits.grantFields(s))
                .with("totalSize", s.files.stream().mapToLong(f -> f.size).sum())
                .with("revision", s.revision)
                .with("current", null);
    }

    private View step(String template, Long draft, DraftState s, int number) {
        return View.of(template)
                .with("draftId", draft)
                .with("s", s)
                .with("step", number)
                .with("steps", STEPS)
                .with("grantsSkipped", s.licenceId != null && deposits.grantFields(s).isEmpty())
                .with("form", Map.of());
    }
}

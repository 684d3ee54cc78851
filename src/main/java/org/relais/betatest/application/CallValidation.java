package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relais.betatest.domain.Applicant;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.Audience;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.CallFilter;
import org.relais.betatest.domain.CallSchedule;
import org.relais.betatest.domain.Confidentiality;
import org.relais.betatest.domain.Criteria;
import org.relais.betatest.domain.Device;
import org.relais.betatest.domain.Scenario;
import org.relais.betatest.domain.TesterProfile;
import org.relais.directory.domain.Communes;
import org.relais.directory.domain.PlaceRepository;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.text.Tags;

/**
 * Turns what a holder or an applicant typed into domain values, collecting every field's error so
 * that a form shows them all at once; nothing is stored when one is wrong.
 */
@ApplicationScoped
public class CallValidation {
    @Inject BetaTestRepository repository;
    @Inject PlaceRepository places;

    public BetaCall.Content content(CallCommand command, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(command.title(), "title", BetaCall.TITLE_MAX, true, errors);
        String product = text(command.product(), "product", BetaCall.PRODUCT_MAX, true, errors);
        String organisation =
                text(
                        command.organisation(),
                        "organisation",
                        BetaCall.ORGANISATION_MAX,
                        false,
                        errors);
        String description =
                text(command.description(), "description", BetaCall.DESCRIPTION_MAX, true, errors);
        List<Scenario> scenarios = scenarios(command.scenarios(), errors);
        if (command.placeId() != null && places.find(command.placeId()).isEmpty()) {
            errors.add(new FieldError("placeId", "betatest.call.place-unknown"));
        }
        Criteria criteria = null;
        try {
            criteria = criteria(command);
        } catch (RuleViolation wrong) {
            errors.addAll(wrong.errors());
        }
        Set<String> tags = Tags.normalizeAll(command.tags());
        if (tags.size() > BetaCall.TAGS_MAX) {
            errors.add(error("tags", "betatest.call.tags", BetaCall.TAGS_MAX));
        }
        int slots = command.slots() == null ? 0 : command.slots();
        if (slots < 1 || slots > BetaCall.SLOTS_MAX) {
            errors.add(error("slots", "betatest.call.slots", BetaCall.SLOTS_MAX));
        }
        long reward = command.rewardMinutes() == null ? 0 : command.rewardMinutes();
        if (reward < 0 || reward > BetaCall.REWARD_MAX_MINUTES) {
            errors.add(
                    error(
                            "rewardMinutes",
                            "betatest.call.reward",
                            BetaCall.REWARD_MAX_MINUTES / 60));
        }
        Confidentiality confidentiality = null;
        try {
            confidentiality =
                    Confidentiality.fromCode(
                            command.confidentiality() == null ? "" : command.confidentiality());
        } catch (RuleViolation wrong) {
            errors.addAll(wrong.errors());
        }
        CallSchedule schedule = null;
        try {
            schedule =
                    CallSchedule.of(
                            command.applicationDeadline(),
                            command.testStart(),
                            command.testEnd(),
                            now);
        } catch (RuleViolation wrong) {
            errors.addAll(wrong.errors());
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return new BetaCall.Content(
                title,
                product,
                organisation.isEmpty() ? null : organisation,
                command.placeId(),
                description,
                scenarios,
                criteria,
                tags,
                slots,
                schedule,
                reward,
                confidentiality);
    }

    /** What an applicant says of themselves; unknown codes are refused, a region must exist. */
    public TesterProfile profile(
            Set<String> audiences, Set<String> devices, String region, Set<String> skills) {
        String regionCode = region == null || region.isBlank() ? null : region.strip();
        if (regionCode != null && Communes.france().region(regionCode).isEmpty()) {
            throw RuleViolation.of("region", "betatest.region.unknown", regionCode);
        }
        return new TesterProfile(
                parse(audiences, Audience::fromCode),
                parse(devices, Device::fromCode),
                regionCode,
                Tags.normalizeAll(skills));
    }

    /** A search among open calls, from codes as a page or a script sends them (blank: none). */
    public CallFilter filter(String tag, String audience, String device, String region) {
        String regionCode = blankToNull(region);
        if (regionCode != null && Communes.france().region(regionCode).isEmpty()) {
            throw RuleViolation.of("region", "betatest.region.unknown", regionCode);
        }
        return new CallFilter(
                tag == null ? null : Tags.normalize(tag).orElse(null),
                blankToNull(audience) == null ? null : Audience.fromCode(audience.strip()),
                blankToNull(device) == null ? null : Device.fromCode(device.strip()),
                regionCode);
    }

    /** The directory's own id of a place named by its public id, as calls keep it. */
    public Long placeId(String publicId) {
        if (blankToNull(publicId) == null) {
            return null;
        }
        return places.findByPublicId(publicId.strip())
                .map(place -> place.id())
                .orElseThrow(() -> RuleViolation.of("placeId", "betatest.call.place-unknown"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The applications of a call as the selection rules see them. */
    public List<Applicant> applicants(BetaCall call, List<Application> applications) {
        Criteria criteria = call.criteria();
        return applications.stream()
                .map(
                        a ->
                                new Applicant(
                                        a.id(),
                                        a.status(),
                                        criteria.match(a.profile()),
                                        repository.missedAReportBefore(a.testerId(), call.id()),
                                        a.appliedAt().toInstant()))
                .toList();
    }

    private Criteria criteria(CallCommand command) {
        Set<String> regions = new LinkedHashSet<>();
        for (String region : command.regions() == null ? Set.<String>of() : command.regions()) {
            if (Communes.france().region(region).isEmpty()) {
                throw RuleViolation.of("criteria.regions", "betatest.region.unknown", region);
            }
            regions.add(region);
        }
        return new Criteria(
                parse(command.audiences(), Audience::fromCode),
                parse(command.devices(), Device::fromCode),
                regions,
                Tags.normalizeAll(command.skills()));
    }

    private static <T> Set<T> parse(
            Set<String> codes, java.util.function.Function<String, T> parse) {
        Set<T> values = new LinkedHashSet<>();
        if (codes != null) {
            codes.forEach(code -> values.add(parse.apply(code)));
        }
        return values;
    }

    private static List<Scenario> scenarios(
            List<CallCommand.ScenarioCommand> commands, List<FieldError> errors) {
        List<Scenario> scenarios = new ArrayList<>();
        if (commands == null || commands.isEmpty() || commands.size() > BetaCall.SCENARIOS_MAX) {
            errors.add(error("scenarios", "betatest.call.scenarios", BetaCall.SCENARIOS_MAX));
            return scenarios;
        }
        for (CallCommand.ScenarioCommand command : commands) {
            String title = command == null ? "" : strip(command.title());
            String expected = command == null ? "" : strip(command.expected());
            if (title.isEmpty()
                    || expected.isEmpty()
                    || title.length() > Scenario.TITLE_MAX
                    || expected.length() > Scenario.EXPECTED_MAX) {
                errors.add(new FieldError("scenarios", "betatest.call.scenario"));
                return scenarios;
            }
            scenarios.add(new Scenario(title, expected));
        }
        return scenarios;
    }

    private static String text(
            String value, String field, int max, boolean required, List<FieldError> errors) {
        String text = strip(value);
        if (required && text.isEmpty()) {
            errors.add(new FieldError(field, "betatest.field.required"));
        } else if (text.length() > max) {
            errors.add(error(field, "betatest.field.too-long", max));
        }
        return text;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static FieldError error(String field, String key, Object argument) {
        return new FieldError(field, key, new Object[] {argument});
    }
}

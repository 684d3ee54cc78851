package org.relais.betatest.web.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.betatest.application.CallCommand;
import org.relais.platform.error.FieldError;
import org.relais.platform.text.Tags;

/**
 * The "open a call" form's fields and their translation to a command. People pick days rather than
 * instants (applications close at the end of the deadline's day, tests run from the start of the
 * first day to the end of the last, Paris time) and a reward in hours ("1,5"). Scenarios are rows
 * of two fields; without JavaScript, "add rows" posts the form back with more empty rows.
 */
final class CallForm {
    static final List<String> TEXTS =
            List.of(
                    "title",
                    "product",
                    "organisation",
                    "placeId",
                    "description",
                    "skills",
                    "tags",
                    "slots",
                    "applicationDeadline",
                    "testStart",
                    "testEnd",
                    "reward",
                    "confidentiality");
    static final List<String> CHOICES = List.of("audiences", "devices", "regions");
    static final int FIRST_ROWS = 3;
    static final int MORE_ROWS = 2;

    final Map<String, Object> fields = new LinkedHashMap<>();
    final List<String[]> scenarios = new ArrayList<>();
    final List<FieldError> errors = new ArrayList<>();

    static CallForm empty() {
        CallForm form = new CallForm();
        TEXTS.forEach(f -> form.fields.put(f, ""));
        CHOICES.forEach(f -> form.fields.put(f, List.of()));
        form.fields.put("slots", "5");
        form.fields.put("reward", "0");
        form.fields.put("confidentiality", "public");
        for (int i = 0; i < FIRST_ROWS; i++) {
            form.scenarios.add(new String[] {"", ""});
        }
        return form;
    }

    static CallForm of(MultivaluedMap<String, String> posted) {
        CallForm form = empty();
        TEXTS.forEach(f -> form.fields.put(f, strip(posted.getFirst(f))));
        CHOICES.forEach(f -> form.fields.put(f, listOf(posted, f)));
        form.scenarios.clear();
        List<String> titles = listOf(posted, "scenarioTitle");
        List<String> expected = listOf(posted, "scenarioExpected");
        for (int i = 0; i < Math.max(titles.size(), expected.size()); i++) {
            form.scenarios.add(new String[] {at(titles, i), at(expected, i)});
        }
        while (form.scenarios.size() < FIRST_ROWS) {
            form.scenarios.add(new String[] {"", ""});
        }
        return form;
    }

    /** The same form with more empty scenario rows, for "add scenarios". */
    CallForm withMoreRows() {
        for (int i = 0; i < MORE_ROWS; i++) {
            scenarios.add(new String[] {"", ""});
        }
        return this;
    }

    /** The command, with the fields that could not be read left empty and noted in errors. */
    CallCommand command(Long placeId) {
        List<CallCommand.ScenarioCommand> rows =
                scenarios.stream()
                        .filter(row -> !row[0].isEmpty() || !row[1].isEmpty())
                        .map(row -> new CallCommand.ScenarioCommand(row[0], row[1]))
                        .toList();
        return new CallCommand(
                text("title"),
                text("product"),
                text("organisation"),
                placeId,
                text("description"),
                rows,
                set("audiences"),
                set("devices"),
                set("regions"),
                new LinkedHashSet<>(Tags.splitList(text("skills"))),
                new LinkedHashSet<>(Tags.splitList(text("tags"))),
                slots(),
                day("applicationDeadline", LocalTime.MAX),
                day("testStart", LocalTime.MIDNIGHT),
                day("testEnd", LocalTime.MAX),
                rewardMinutes(),
                text("confidentiality"));
    }

    String text(String name) {
        return (String) fields.get(name);
    }

    @SuppressWarnings("unchecked")
    private Set<String> set(String name) {
        return new LinkedHashSet<>((List<String>) fields.get(name));
    }

    private Integer slots() {
        try {
            return text("slots").isEmpty() ? null : Integer.valueOf(text("slots"));
        } catch (NumberFormatException e) {
            return null; // refused with the slots' own message
        }
    }

    private Instant day(String name, LocalTime time) {
        if (text(name).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text(name))
                    .atTime(time.withNano(0))
                    .atZone(BetaTestPages.PARIS)
                    .toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "page.betatest.form.date.invalid"));
            return null;
        }
    }

    private Long rewardMinutes() {
        String raw = text("reward").replace(',', '.');
        if (raw.isEmpty()) {
            return 0L;
        }
        try {
            BigDecimal minutes = new BigDecimal(raw).multiply(BigDecimal.valueOf(60));
            return minutes.stripTrailingZeros().scale() > 0 ? invalidReward() : minutes.longValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return invalidReward();
        }
    }

    private Long invalidReward() {
        errors.add(new FieldError("reward", "page.betatest.form.reward.invalid"));
        return 0L;
    }

    private static List<String> listOf(MultivaluedMap<String, String> posted, String name) {
        List<String> values = posted.get(name);
        return values == null ? List.of() : values.stream().map(CallForm::strip).toList();
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}

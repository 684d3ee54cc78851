package org.relais.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relais.accounts.domain.PasswordProblem.COMMON;
import static org.relais.accounts.domain.PasswordProblem.CONTAINS_PERSONAL_DATA;
import static org.relais.accounts.domain.PasswordProblem.TOO_LONG;
import static org.relais.accounts.domain.PasswordProblem.TOO_SHORT;
import static org.relais.accounts.domain.PasswordProblem.TRIVIAL;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relais.platform.i18n.Messages;

class PasswordPolicyTest {

    private static final String EMAIL = "marie.dupont@example.org";
    private static final String NAME = "Hélène Marchand";
    private static final String PASSPHRASE = "cheval-agrafe-batterie-correct";

    private final PasswordPolicy policy = new PasswordPolicy();

    static Stream<Arguments> cases() {
        return Stream.of(
                // length, in code points
                refused("11 characters", "tulipe-roug", TOO_SHORT),
                refused("empty", "", TOO_SHORT),
                refused("null", null, TOO_SHORT),
                accepted("exactly 12 characters", "tulipe-rouge"),
                accepted("128 characters", PASSPHRASE.repeat(5).substring(0, 128)),
                refused("129 characters", PASSPHRASE.repeat(5).substring(0, 129), TOO_LONG),
                refused("11 emoji are 22 chars but 11 code points", emoji(11), TOO_SHORT),
                accepted("12 emoji", emoji(12)),
                accepted("100 emoji are 200 chars but 100 code points", emoji(100)),
                // common passwords, compared trimmed and case-insensitively
                refused("common", "password1234", COMMON),
                refused("common in capitals", "PASSWORD1234", COMMON),
                refused("common with surrounding spaces", "  Password1234 ", COMMON),
                refused("common and short", "password", TOO_SHORT, COMMON),
                refused("common French", "motdepasse123", COMMON),
                refused("common French keyboard", "AzertyUiop12", COMMON),
                refused("common French repeated word", "jetaimejetaime", COMMON),
                refused("common word followed by a year", "Soleil2019!!!", COMMON),
                refused("common word followed by digits", "nicolas-1987-07", COMMON),
                accepted("common word inside a passphrase", "soleil-sur-la-digue"),
                // personal data, case-insensitive, ignoring accents and separators
                refused("exactly the e-mail local part", "Marie.Dupont", CONTAINS_PERSONAL_DATA),
                refused("e-mail local part", "marie.dupont1990", CONTAINS_PERSONAL_DATA),
                refused(
                        "e-mail local part in capitals",
                        "Vive-MARIE-Dupont!",
                        CONTAINS_PERSONAL_DATA),
                refused("display name", "helenemarchand!", CONTAINS_PERSONAL_DATA),
                refused("display name with accents", "Hélène Marchand 75", CONTAINS_PERSONAL_DATA),
                accepted("only a first name", "helene-ne-vient-pas"),
                // trivial
                refused("one character repeated", "aaaaaaaaaaaa", TRIVIAL),
                refused("one character repeated in both cases", "ZzZzZzZzZzZz", TRIVIAL),
                refused("short block repeated", "abcdabcdabcd", TRIVIAL),
                refused("digit sequence", "123456789012", TRIVIAL),
                refused("letter sequence", "abcdefghijkl", TRIVIAL),
                refused("descending sequence", "9876543210987", TRIVIAL),
                refused("short trivial", "kkkk", TOO_SHORT, TRIVIAL),
                // several problems at once
                refused("short, common and trivial", "123456", TOO_SHORT, COMMON, TRIVIAL),
                accepted("a good passphrase", PASSPHRASE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checksPassword(String description, String password, List<PasswordProblem> expected) {
        assertEquals(expected, policy.check(password, EMAIL, NAME));
    }

    @Test
    void ignoresPersonalDataShorterThanFourCharacters() {
        assertEquals(List.of(), policy.check("jo-et-al-a-la-plage", "jo@example.org", "Al"));
    }

    @Test
    void checksWithoutPersonalDataWhenItIsUnknown() {
        assertEquals(List.of(), policy.check("marie.dupont1990", null, null));
    }

    @Test
    void eachProblemHasItsBundleKeyAndAFrenchSentence() {
        assertEquals(
                List.of(
                        "password.too-short",
                        "password.too-long",
                        "password.common",
                        "password.contains-personal-data",
                        "password.trivial"),
                Arrays.stream(PasswordProblem.values()).map(PasswordProblem::messageKey).toList());
        Messages messages = new Messages();
        assertEquals(
                "Le mot de passe doit compter au moins 12 caractères.",
                messages.get(Locale.FRENCH, TOO_SHORT.messageKey()));
        for (PasswordProblem problem : PasswordProblem.values()) {
            assertTrue(
                    messages.find(Locale.FRENCH, problem.messageKey()).isPresent(), problem.name());
            assertTrue(
                    messages.find(Locale.ENGLISH, problem.messageKey()).isPresent(),
                    problem.name());
        }
    }

    private static Arguments accepted(String description, String password) {
        return Arguments.of(description, password, List.of());
    }

    private static Arguments refused(
            String description, String password, PasswordProblem... problems) {
        return Arguments.of(description, password, List.of(problems));
    }

    /** {@code count} different animal emoji, each outside the Basic Multilingual Plane. */
    private static String emoji(int count) {
        StringBuilder emoji = new StringBuilder();
        for (int i = 0; i < count; i++) {
            emoji.appendCodePoint(0x1F400 + i % 64);
        }
        return emoji.toString();
    }
}

package org.relais.accounts.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether a new password is acceptable, following NIST SP 800-63B: what makes a password
 * hard to guess is its length and not being a usual choice, so there are no composition rules ("one
 * digit, one symbol"), which only push people towards {@code Motdepasse1!}.
 *
 * <p>A password is refused when it has fewer than {@value #MIN_LENGTH} or more than {@value
 * #MAX_LENGTH} characters, counted as Unicode code points so that an emoji counts as one; when it
 * is a common password, alone or followed by digits and symbols, since people reach the minimum
 * length by appending a year to a usual word ({@code soleil2024!!}); when it contains the user's
 * name or e-mail local part, the first guesses of anyone who targets them; or when it is one
 * character or a short pattern repeated, or a run such as {@code 123456789012}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Names or local parts shorter than this ("jo", "lea") occur in too many ordinary words. */
    static final int MIN_PERSONAL_DATA_LENGTH = 4;

    /** A common word shorter than this, followed by digits, is not treated as that word. */
    private static final int MIN_COMMON_STEM_LENGTH = 4;

    /** Longest block whose repetition is trivial: "abababababab", "123412341234". */
    private static final int MAX_REPEATED_BLOCK = 4;

    private static final Pattern TRAILING_DIGITS_AND_SYMBOLS =
            Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]+$");

    private static final String COMMON_PASSWORDS = "/accounts/common-passwords.txt";

    /**
     * Lists what is wrong with {@code password}, in the order of {@link PasswordProblem}; an empty
     * list means it is accepted. A {@code null} password counts as empty; {@code email} and {@code
     * displayName} may be {@code null} when not known yet.
     */
    public List<PasswordProblem> check(String password, String email, String displayName) {
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        List<PasswordProblem> problems = new ArrayList<>();
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (isCommon(candidate)) {
            problems.add(PasswordProblem.COMMON);
        }
        if (containsPersonalData(candidate, email, displayName)) {
            problems.add(PasswordProblem.CONTAINS_PERSONAL_DATA);
        }
        if (isTrivial(candidate)) {
            problems.add(PasswordProblem.TRIVIAL);
        }
        return List.copyOf(problems);
    }

    private static boolean isCommon(String password) {
        String normalized =
                Normalizer.normalize(password.strip(), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
        String stem = TRAILING_DIGITS_AND_SYMBOLS.matcher(normalized).replaceFirst("");
        return CommonPasswords.ALL.contains(normalized)
                || (stem.codePointCount(0, stem.length()) >= MIN_COMMON_STEM_LENGTH
                        && CommonPasswords.ALL.contains(stem));
    }

    private static boolean containsPersonalData(String password, String email, String displayName) {
        String passwordSkeleton = skeleton(password);
        return Stream.of(localPart(email), displayName)
                .filter(data -> data != null)
                .map(PasswordPolicy::skeleton)
                .filter(data -> data.codePointCount(0, data.length()) >= MIN_PERSONAL_DATA_LENGTH)
                .anyMatch(passwordSkeleton::contains);
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    /**
     * Lower-case letters and digits without accents, so that "Hélène.Marchand" is found in
     * "helene-marchand-1990".
     */
    private static String skeleton(String text) {
        StringBuilder skeleton = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFKD)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(skeleton::appendCodePoint);
        return skeleton.toString();
    }

    private static boolean isTrivial(String password) {
        int[] codePoints = password.toLowerCase(Locale.ROOT).codePoints().toArray();
        return isRepetition(codePoints) || isRun(codePoints, '0', 10) || isRun(codePoints, 'a', 26);
    }

    /** The whole password repeats one block of up to {@link #MAX_REPEATED_BLOCK} characters. */
    private static boolean isRepetition(int[] codePoints) {
        for (int block = 1; block <= Math.min(MAX_REPEATED_BLOCK, codePoints.length / 2); block++) {
            int i = block;
            while (i < codePoints.length && codePoints[i] == codePoints[i - block]) {
                i++;
            }
            if (i == codePoints.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each character follows (or each precedes) the previous one in a cyclic alphabet starting at
     * {@code first}: "123456789012", "abcdefghijkl", "zyxwvutsrqpo".
     */
    private static boolean isRun(int[] codePoints, char first, int alphabetSize) {
        if (codePoints.length < 2) {
            return false;
        }
        for (int codePoint : codePoints) {
            if (codePoint < first || codePoint >= first + alphabetSize) {
                return false;
            }
        }
        int step = Math.floorMod(codePoints[1] - codePoints[0], alphabetSize);
        if (step != 1 && step != alphabetSize - 1) {
            return false;
        }
        for (int i = 2; i < codePoints.length; i++) {
            if (Math.floorMod(codePoints[i] - codePoints[i - 1], alphabetSize) != step) {
                return false;
            }
        }
        return true;
    }

    /** The shipped list of common passwords, read from the classpath on first use only. */
    private static final class CommonPasswords {
        static final Set<String> ALL = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + COMMON_PASSWORDS);
            }
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toCollection(HashSet::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

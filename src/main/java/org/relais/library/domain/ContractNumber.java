package org.relais.library.domain;

import java.util.regex.Pattern;

/**
 * Contract numbers: {@code RL-<year>-<sequence on six digits at least>}, e.g. {@code
 * RL-2026-000123}.
 */
public final class ContractNumber {
    private static final Pattern FORMAT = Pattern.compile("RL-\\d{4}-\\d{6,}");

    private ContractNumber() {}

    public static String of(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return String.format("RL-%04d-%06d", year, sequence);
    }

    public static boolean isWellFormed(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }
}

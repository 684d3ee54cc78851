package org.relais.platform.web.page;

/** Redirect targets taken from a request are followed only when they stay on Relais. */
public final class LocalRedirect {
    private LocalRedirect() {}

    /** The path if it is local ({@code /…} but not {@code //…} nor {@code /\…}), else "/". */
    public static String safe(String target) {
        if (target == null
                || !target.startsWith("/")
                || target.startsWith("//")
                || target.startsWith("/\\")
                || target.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return target;
    }
}

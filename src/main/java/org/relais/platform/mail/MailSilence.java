package org.relais.platform.mail;

import java.util.function.Supplier;

/**
 * Work during which no mail is sent, on the current thread: notifications are kept but not mailed,
 * and the {@link Mailer} drops what is fired, also after a commit that happens inside the work. The
 * demo content runs in it: its members have fictitious addresses, and a newcomer looking in {@code
 * data/outbox/} for their confirmation mail should not find it among notices the demo set off.
 */
public final class MailSilence {
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private MailSilence() {}

    public static <T> T during(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    public static boolean active() {
        return ACTIVE.get();
    }
}

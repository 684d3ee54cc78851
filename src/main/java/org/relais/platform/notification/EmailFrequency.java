package org.relais.platform.notification;

/** How a member wants to be mailed about one kind of notification. */
public enum EmailFrequency {
    IMMEDIATE,
    DAILY,
    WEEKLY,
    NEVER
}

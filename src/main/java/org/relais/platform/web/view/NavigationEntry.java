package org.relais.platform.web.view;

/**
 * A capability's entry in the main navigation. Each capability that exists contributes one as a CDI
 * bean, so the header lists only what is really there.
 *
 * @param order position in the header, smaller first
 * @param href the page's path
 * @param labelKey bundle key of the label
 * @param role the role a visitor needs to see the entry, or null for everyone
 */
public record NavigationEntry(int order, String href, String labelKey, String role) {
    public NavigationEntry(int order, String href, String labelKey) {
        this(order, href, labelKey, null);
    }
}

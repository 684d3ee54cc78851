package org.relais.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address of the site ({@code relais.base-url}), for the links that leave a page: mails,
 * feeds, contracts, structured data. Its default follows the run command's port ({@code
 * http://localhost:${relais.port}}), so that a server started on another port sends links that
 * work.
 */
@ApplicationScoped
public class SiteAddress {
    @Inject
    @ConfigProperty(name = "relais.base-url")
    String configured;

    /** The address without a trailing slash: {@code https://relais.example.org}. */
    public String base() {
        return withoutTrailingSlash(configured);
    }

    /** The absolute form of a path of the site, which starts with a slash. */
    public String of(String path) {
        return base() + path;
    }

    static String withoutTrailingSlash(String address) {
        return address.strip().replaceAll("/+$", "");
    }
}

package org.relais.accounts.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.relais.accounts.domain.Account;

/** A member edits their public profile; {@code skills} are tags, normalized by the service. */
public record UpdateProfile(
        @NotBlank(message = "{account.display-name.required}")
                @Size(
                        min = Account.DISPLAY_NAME_MIN,
                        max = Account.DISPLAY_NAME_MAX,
                        message = "{account.display-name.size}")
                String displayName,
        @Size(max = Account.BIO_MAX, message = "{account.bio.size}") String bio,
        @Size(max = Account.CITY_MAX, message = "{account.city.size}") String city,
        @Size(max = Account.SKILLS_MAX, message = "{account.skills.size}") List<String> skills) {}

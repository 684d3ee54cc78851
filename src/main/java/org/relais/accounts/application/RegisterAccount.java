package org.relais.accounts.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.relais.accounts.domain.Account;

/** A visitor asks for an account. */
public record RegisterAccount(
        @NotBlank(message = "{account.display-name.required}")
                @Size(
                        min = Account.DISPLAY_NAME_MIN,
                        max = Account.DISPLAY_NAME_MAX,
                        message = "{account.display-name.size}")
                String displayName,
        @NotBlank(message = "{account.email.required}")
                @Email(message = "{account.email.invalid}")
                @Size(max = Account.EMAIL_MAX, message = "{account.email.invalid}")
                String email,
        @NotNull(message = "{password.too-short}") String password) {}

package org.trustfund.organisations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;
import org.trustfund.users.PasswordBytes;

/** What an NGO gives when it signs up: the organisation, and the account of the person signing up. */
@NamedInterface("api")
public record SignUp(
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{validation.country.choose}") String country,
		@NotBlank @Size(max = 100) String registrationNumber,
		@Size(max = 500) String address,
		@NotBlank @Size(max = 200) String contactName,
		@NotBlank @Email @Size(max = 200) String contactEmail,
		@Size(max = 50) String contactPhone,
		@NotBlank @Size(max = 200) String bankAccountHolder,
		@NotBlank @Size(max = 200) String bankName,
		@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9 -]+", message = "{validation.bankAccount.pattern}") String bankAccount,
		@Pattern(regexp = "([A-Za-z0-9]{8}|[A-Za-z0-9]{11})?", message = "{validation.swift.pattern}") String bankSwift,
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._]{1,39}", message = "{validation.username.pattern}") String username,
		@NotBlank @Size(min = 8, max = 100, message = "{validation.password.size}") @PasswordBytes String password) {
}

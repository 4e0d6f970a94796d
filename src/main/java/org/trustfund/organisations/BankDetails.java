package org.trustfund.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where grant money is paid. */
@Embeddable
public record BankDetails(@Column(name = "bank_account_holder") String accountHolder,
		@Column(name = "bank_name") String bankName, @Column(name = "bank_account") String account,
		@Column(name = "bank_swift") String swift) {
}

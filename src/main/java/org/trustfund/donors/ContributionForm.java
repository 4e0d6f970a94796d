package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A paid contribution as a fund manager records it. {@code overpayment} must be set to accept more than
 * what remains on the pledge. Checked by {@link ContributionService}.
 */
@NamedInterface("api")
public record ContributionForm(Long donorId, Long pledgeId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, BigDecimal amount, String currency,
		BigDecimal creditedUsd, String bankReference, Boolean overpayment, String note) {

	/** Unset (an unticked box, a JSON body without it) means no. */
	public boolean overpaymentAccepted() {
		return Boolean.TRUE.equals(overpayment);
	}
}

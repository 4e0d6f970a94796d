package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new pledge as a fund manager records it. Checked by {@link PledgeService}. */
@NamedInterface("api")
public record PledgeForm(Long donorId, BigDecimal amount, String currency,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedOn, String earmark) {
}

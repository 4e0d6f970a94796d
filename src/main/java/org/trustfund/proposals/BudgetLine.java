package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One line of a proposal's budget, in USD. */
@Embeddable
@NamedInterface("api")
public record BudgetLine(@Enumerated(EnumType.STRING) @Column(name = "category") BudgetCategory category,
		@Column(name = "description") String description, @Column(name = "amount") BigDecimal amount) {
}

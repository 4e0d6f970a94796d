package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.trustfund.proposals.BudgetCategory;

/** Money spent on one budget line in a report's period, against the line's budget. */
@Embeddable
@NamedInterface("api")
public record Spending(@Enumerated(EnumType.STRING) @Column(name = "category") BudgetCategory category,
		@Column(name = "description") String description, @Column(name = "budget") BigDecimal budget,
		@Column(name = "spent") BigDecimal spent) {
}

package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.trustfund.proposals.BudgetCategory;

/** One line of a grant agreement's budget, in USD. */
@Embeddable
@NamedInterface("api")
public record AgreementLine(@Enumerated(EnumType.STRING) @Column(name = "category") BudgetCategory category,
		@Column(name = "description") String description, @Column(name = "amount") BigDecimal amount) {
}

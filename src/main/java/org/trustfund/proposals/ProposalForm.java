package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.TargetGroup;

/** What an NGO writes in a proposal. The budget lines must add up to the amount requested. */
@NamedInterface("api")
public record ProposalForm(
		@NotBlank @Size(max = 200) String title,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{validation.country.choose}") String country,
		@NotEmpty(message = "{validation.targetGroups.notEmpty}") Set<@NotNull(message = "{validation.targetGroup.choose}") TargetGroup> targetGroups,
		@NotEmpty(message = "{validation.services.notEmpty}") Set<@NotNull(message = "{validation.service.choose}") AssistanceService> services,
		@NotNull(message = "{validation.victims.notNull}") @Min(value = 1, message = "{validation.atLeastOne}") @Max(1_000_000) Integer victimsPerYear,
		@NotNull(message = "{validation.amountRequested.notNull}") @DecimalMin(value = "1.00", message = "{validation.atLeastOneDollar}") @Digits(integer = 12, fraction = 2, message = "{validation.digits.money}") BigDecimal amountRequested,
		@NotNull(message = "{validation.duration.notNull}") @Min(value = 1, message = "{validation.duration.min}") @Max(value = 120, message = "{validation.duration.max}") Integer durationMonths,
		@NotBlank(message = "{validation.narrative.notBlank}") @Size(max = 20000) String narrative,
		@NotBlank @Size(max = 200) String contactName,
		@NotBlank @Email @Size(max = 200) String contactEmail,
		@NotEmpty(message = "{validation.budgetLines.notEmpty}") @Size(max = 50) List<@NotNull(message = "{validation.budgetLine.notNull}") @Valid Line> budgetLines) {

	@NamedInterface("api")
	public record Line(@NotNull(message = "{validation.category.choose}") BudgetCategory category,
			@Size(max = 300) String description,
			@NotNull(message = "{validation.amount.notNull}") @DecimalMin(value = "0.01", message = "{validation.moreThanZero}") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
	}
}

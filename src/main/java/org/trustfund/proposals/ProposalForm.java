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
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "Choose a country") String country,
		@NotEmpty(message = "Choose at least one target group") Set<@NotNull(message = "Choose a target group") TargetGroup> targetGroups,
		@NotEmpty(message = "Choose at least one service") Set<@NotNull(message = "Choose a service") AssistanceService> services,
		@NotNull(message = "Give the expected number") @Min(value = 1, message = "At least 1") @Max(1_000_000) Integer victimsPerYear,
		@NotNull(message = "Give the amount requested") @DecimalMin(value = "1.00", message = "At least 1.00") @Digits(integer = 12, fraction = 2, message = "Up to 12 digits and 2 decimals") BigDecimal amountRequested,
		@NotNull(message = "Give the duration") @Min(value = 1, message = "At least one month") @Max(value = 120, message = "At most 120 months") Integer durationMonths,
		@NotBlank(message = "Describe the project") @Size(max = 20000) String narrative,
		@NotBlank @Size(max = 200) String contactName,
		@NotBlank @Email @Size(max = 200) String contactEmail,
		@NotEmpty(message = "Give at least one budget line") @Size(max = 50) List<@NotNull(message = "A budget line may not be empty") @Valid Line> budgetLines) {

	@NamedInterface("api")
	public record Line(@NotNull(message = "Choose a category") BudgetCategory category,
			@Size(max = 300) String description,
			@NotNull(message = "Give the amount") @DecimalMin(value = "0.01", message = "More than zero") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
	}
}

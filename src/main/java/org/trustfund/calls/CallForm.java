package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a fund manager writes when drafting a call. The deadline is a local date and time in the
 * call's time zone (an IANA id such as {@code Europe/Vienna}); eligible countries mix ISO codes and
 * region names; criteria are the rubric, each scored 0 to 5. Blank or null entries in the countries and criteria
 * (a page form sends empty inputs) are skipped by {@link CallRules}, which refuses a call left with none.
 */
@NamedInterface("api")
public record CallForm(
		@NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 4000) String description,
		@NotNull(message = "Give the opening date") @DateTimeFormat(iso = ISO.DATE) LocalDate openingDate,
		@NotNull(message = "Give the submission deadline") @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime submissionDeadline,
		@NotBlank(message = "Choose a time zone") String timeZone,
		@NotEmpty(message = "Name at least one country or region") Set<@Size(max = 100) String> eligibleCountries,
		@NotEmpty(message = "Choose at least one target group") Set<@NotNull(message = "Choose a target group") TargetGroup> priorityTargetGroups,
		@NotEmpty(message = "Choose at least one service") Set<@NotNull(message = "Choose a service") AssistanceService> services,
		@NotNull @DecimalMin(value = "1.00", message = "At least 1.00") @Digits(integer = 12, fraction = 2) BigDecimal ceilingPerGrant,
		@NotNull @Min(1) @Max(120) Integer maxDurationMonths,
		@NotNull @DecimalMin(value = "1.00", message = "At least 1.00") @Digits(integer = 12, fraction = 2) BigDecimal envelope,
		@NotNull(message = "Name the rubric's criteria") @Size(max = 12, message = "At most 12 criteria") List<@Size(max = 200) String> criteria,
		@NotNull @Min(0) @Max(100) Integer qualityThresholdPercent,
		@NotNull(message = "Give the reserve list's expiry date") @DateTimeFormat(iso = ISO.DATE) LocalDate reserveListExpiry) {
}

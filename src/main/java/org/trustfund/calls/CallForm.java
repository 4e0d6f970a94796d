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
		@NotNull(message = "{validation.openingDate.notNull}") @DateTimeFormat(iso = ISO.DATE) LocalDate openingDate,
		@NotNull(message = "{validation.submissionDeadline.notNull}") @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime submissionDeadline,
		@NotBlank(message = "{validation.timeZone.choose}") String timeZone,
		@NotEmpty(message = "{validation.eligibleCountries.notEmpty}") Set<@Size(max = 100) String> eligibleCountries,
		@NotEmpty(message = "{validation.targetGroups.notEmpty}") Set<@NotNull(message = "{validation.targetGroup.choose}") TargetGroup> priorityTargetGroups,
		@NotEmpty(message = "{validation.services.notEmpty}") Set<@NotNull(message = "{validation.service.choose}") AssistanceService> services,
		@NotNull @DecimalMin(value = "1.00", message = "{validation.atLeastOneDollar}") @Digits(integer = 12, fraction = 2) BigDecimal ceilingPerGrant,
		@NotNull @Min(1) @Max(120) Integer maxDurationMonths,
		@NotNull @DecimalMin(value = "1.00", message = "{validation.atLeastOneDollar}") @Digits(integer = 12, fraction = 2) BigDecimal envelope,
		@NotNull(message = "{validation.criteria.notNull}") @Size(max = 12, message = "{validation.criteria.size}") List<@Size(max = 200) String> criteria,
		@NotNull @Min(0) @Max(100) Integer qualityThresholdPercent,
		@NotNull(message = "{validation.reserveListExpiry.notNull}") @DateTimeFormat(iso = ISO.DATE) LocalDate reserveListExpiry) {
}

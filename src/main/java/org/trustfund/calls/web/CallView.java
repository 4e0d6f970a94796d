package org.trustfund.calls.web;

import java.math.BigDecimal;
import org.trustfund.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallStatus;
import org.trustfund.calls.TargetGroup;

/** A call as the API shows it; {@code deadlineAt} is the deadline as an instant (UTC). */
record CallView(Long id, String title, String description, LocalDate openingDate, LocalDateTime submissionDeadline,
		String timeZone, Instant deadlineAt, Set<String> eligibleCountries, Set<TargetGroup> priorityTargetGroups,
		Set<AssistanceService> services, Money ceilingPerGrant, int maxDurationMonths, Money envelope,
		List<String> criteria, int qualityThresholdPercent, LocalDate reserveListExpiry, CallStatus status,
		Instant publishedAt) {

	static CallView of(Call c) {
		return new CallView(c.getId(), c.getTitle(), c.getDescription(), c.getOpeningDate(), c.getSubmissionDeadline(),
				c.getTimeZone(), c.getDeadlineAt(), c.getEligibleCountries(), c.getPriorityTargetGroups(),
				c.getServices(), c.getCeilingPerGrant(), c.getMaxDurationMonths(), c.getEnvelope(), c.getCriteria(),
				c.getQualityThresholdPercent(), c.getReserveListExpiry(), c.getStatus(), c.getPublishedAt());
	}
}

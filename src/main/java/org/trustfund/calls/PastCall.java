package org.trustfund.calls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A call run before the fund adopted the system, as a history file gives it: dates in the past, status CLOSED
 * (decisions not recorded) or DECIDED, amounts in USD with scale 2; unknown target groups and services are
 * empty sets.
 */
record PastCall(String reference, String title, String description, LocalDate openingDate,
		LocalDateTime submissionDeadline, ZoneId zone, Set<String> eligibleCountries, Set<TargetGroup> targetGroups,
		Set<AssistanceService> services, BigDecimal ceilingPerGrant, int maxDurationMonths, BigDecimal envelope,
		LocalDate reserveListExpiry, CallStatus status) {
}

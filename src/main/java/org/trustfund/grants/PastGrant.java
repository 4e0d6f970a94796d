package org.trustfund.grants;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant awarded before the fund adopted the system, as a history file gives it: award day (UTC), amount in USD
 * (scale 2), duration in months, and for a closed grant the day it closed ({@code null} while active).
 */
record PastGrant(String reference, long callId, long organisationId, String title, String country,
		LocalDate awardedOn, BigDecimal amount, int durationMonths, LocalDate closedOn) {
}

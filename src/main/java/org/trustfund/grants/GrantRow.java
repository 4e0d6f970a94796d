package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One grant as the disbursement view and the CSV export show it, read with one SQL query (no entities). */
@NamedInterface("api")
public record GrantRow(long id, String grantRef, String title, long organisationId, String organisation,
		String country, long callId, String callTitle, int awardYear, BigDecimal committed, BigDecimal disbursed,
		BigDecimal released, BigDecimal refunded, GrantStatus status, Integer nextTranche,
		BigDecimal nextTrancheAmount, LocalDate nextTrancheOn, Integer nextTrancheAfterReport, Integer report,
		boolean finalReport, LocalDate reportDue, ReportStatus reportStatus, boolean reportOverdue) {

	/** Committed and not yet paid (nor released). */
	public BigDecimal remaining() {
		return committed.subtract(disbursed).subtract(released);
	}

	/** What the next tranche waits for: {@code NONE} (payable), {@code ACCEPTANCE}, or the report's acceptance. */
	public String nextTrancheCondition() {
		if (nextTranche == null || status.ended()) {
			return "";
		}
		if (status == GrantStatus.OFFERED) {
			return "agreement accepted";
		}
		if (nextTrancheAfterReport == null || report == null || report > nextTrancheAfterReport) {
			return "payable";
		}
		return "report " + nextTrancheAfterReport + " accepted";
	}
}

package org.trustfund.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.trustfund.grants.PastGrantChecks.GrantSoFar;
import org.trustfund.history.HistoryRow;

/**
 * The check pass of a grant's tranche, refund and result rows against the grant's earlier rows in the file: tranches
 * numbered in order, paid ones first, within the award; refunds within what was paid; results numbered in order up
 * to the last report the grant's status allows; every date between the award and {@code today} (UTC).
 */
final class PastGrantParts {

	private final LocalDate today;

	PastGrantParts(LocalDate today) {
		this.today = today;
	}

	void tranche(HistoryRow row, GrantSoFar g) {
		Integer number = row.count("number");
		BigDecimal amount = row.amount("amount");
		row.date("planned_on");
		LocalDate paidOn = row.optionalDate("paid_on");
		BigDecimal paid = row.optionalAmount("paid_amount");
		if (g.trancheRowsEnded) {
			row.problem("record", "history.error.grants.trancheAfterResults");
		}
		if (number != null && number != g.tranches + 1) {
			row.problem("number", "history.error.grants.trancheNumber", g.tranches + 1);
		}
		if (amount != null && amount.signum() == 0) {
			row.problem("amount", "history.error.grants.zero");
		}
		if (amount != null && g.planned.add(amount).compareTo(g.amount) > 0) {
			row.problem("amount", "history.error.grants.tranchesExceedAward", g.amount.toPlainString(),
					g.amount.subtract(g.planned).toPlainString());
		}
		boolean paying = row.optionalText("paid_on") != null || row.optionalText("paid_amount") != null;
		if (paying && row.optionalText("paid_on") == null) {
			row.problem("paid_on", "history.error.grants.paidOnAndAmount");
		}
		if (paying && row.optionalText("paid_amount") == null) {
			row.problem("paid_amount", "history.error.grants.paidOnAndAmount");
		}
		if (paid != null && paid.signum() == 0) {
			row.problem("paid_amount", "history.error.grants.zero");
		}
		if (paid != null && amount != null && paid.compareTo(amount) > 0) {
			row.problem("paid_amount", "history.error.grants.paidMoreThanTranche", amount.toPlainString());
		}
		if (paid != null && g.paid.add(paid).compareTo(g.amount) > 0) {
			row.problem("paid_amount", "history.error.grants.paidMoreThanAwarded", g.amount.toPlainString());
		}
		if (paying && g.unpaidTrancheSeen) {
			row.problem("paid_on", "history.error.grants.paidAfterUnpaid");
		}
		dated(row, "paid_on", paidOn, g);
		if (row.hasProblems()) {
			return;
		}
		g.tranches++;
		g.planned = g.planned.add(amount);
		if (paid != null) {
			g.paid = g.paid.add(paid);
		}
		else {
			g.unpaidTrancheSeen = true;
		}
	}

	void refund(HistoryRow row, GrantSoFar g) {
		BigDecimal amount = row.amount("amount");
		LocalDate on = row.date("received_on");
		if (amount != null && amount.signum() == 0) {
			row.problem("amount", "history.error.grants.zero");
		}
		BigDecimal refundable = g.paid.subtract(g.refunded);
		if (amount != null && amount.compareTo(refundable) > 0) {
			row.problem("amount", "history.error.grants.refundExceedsPaid", refundable.setScale(2).toPlainString());
		}
		dated(row, "received_on", on, g);
		g.trancheRowsEnded = true;
		if (!row.hasProblems()) {
			g.refunded = g.refunded.add(amount);
		}
	}

	void result(HistoryRow row, GrantSoFar g) {
		Integer number = row.count("number");
		LocalDate due = row.date("due_on");
		row.count("women");
		row.count("girls");
		row.count("men");
		row.count("boys");
		for (String service : PastGrantsHistory.SERVICES) {
			row.optionalCount(service);
		}
		String narrative = row.optionalText("narrative");
		if (narrative != null && narrative.length() > 4000) {
			row.problem("narrative", "history.error.grants.tooLong", 4000);
		}
		g.trancheRowsEnded = true;
		if (number != null && number != g.results + 1) {
			row.problem("number", "history.error.grants.resultNumber", g.results + 1);
		}
		int last = g.closed ? Math.max(1, g.tranches) : g.tranches - 1;
		if (number != null && number > last) {
			row.problem("number", g.closed ? "history.error.grants.resultBeyondTranches"
					: "history.error.grants.resultFinalOfActive", last);
		}
		dated(row, "due_on", due, g);
		if (!row.hasProblems()) {
			g.results++;
		}
	}

	/** A money or report date lies between the award and today. */
	private void dated(HistoryRow row, String column, LocalDate date, GrantSoFar g) {
		if (date == null) {
			return;
		}
		if (date.isBefore(g.awardedOn)) {
			row.problem(column, "history.error.grants.beforeAward", g.awardedOn);
		}
		if (date.isAfter(today)) {
			row.problem(column, "history.error.grants.future", date);
		}
	}
}

package org.trustfund.grants.web;

import org.trustfund.shared.Notes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trustfund.shared.Money;
import org.trustfund.calls.AssistanceService;
import org.trustfund.grants.AgreementLine;
import org.trustfund.grants.AgreementVersion;
import org.trustfund.grants.Amendment;
import org.trustfund.grants.Grant;
import org.trustfund.grants.GrantReport;
import org.trustfund.grants.Payment;
import org.trustfund.grants.Refund;
import org.trustfund.grants.Spending;
import org.trustfund.grants.Tranche;

/** What the API returns about grants: plain records, never entities. */
final class GrantViews {

	private GrantViews() {
	}

	/** A grant as its page and the API show it; {@code proposalId} is null for a grant imported from the fund's history. */
	record GrantView(long id, String grantRef, String title, Long proposalId, long organisationId, String country,
			String status, Money committed, Money disbursed, Money released, Money refunded,
			Money remaining, LocalDate startsOn, LocalDate endsOn, LocalDate acceptBy, int agreementVersion,
			LocalDate nextReportDue, List<TrancheView> tranches, List<ReportView> reports, List<PaymentView> payments,
			List<RefundView> refunds, List<VersionView> versions, List<AmendmentView> amendments) {

		/** @param notes shows the reasons the system wrote in the reader's language (the request's locale) */
		static GrantView of(Grant g, List<Payment> payments, List<Refund> refunds, List<AgreementVersion> versions,
				List<Amendment> amendments, Notes notes) {
			return new GrantView(g.getId(), g.getGrantRef(), g.getTitle(), g.getProposalId(), g.getOrganisationId(),
					g.getCountry(), g.getStatus().name(), g.getAmount(), g.getDisbursed(), g.getReleased(),
					g.getRefunded(), g.getStatus().ended() ? Money.ZERO : g.remaining(), g.getStartsOn(),
					g.getEndsOn(), g.getAcceptBy(), g.getAgreementVersion(),
					g.getStatus().ended() ? null : g.currentReport().map(GrantReport::getDueOn).orElse(null),
					g.getTranches().stream().map(TrancheView::of).toList(),
					g.getReports().stream().map(ReportView::of).toList(), payments.stream().map(PaymentView::of).toList(),
					refunds.stream().map(RefundView::of).toList(), versions.stream().map(v -> VersionView.of(v, notes)).toList(),
					amendments.stream().map(AmendmentView::of).toList());
		}
	}

	record TrancheView(int number, Money amount, LocalDate plannedOn, Integer afterReport, Money paidAmount,
			LocalDate paidOn) {
		static TrancheView of(Tranche t) {
			return new TrancheView(t.getNumber(), t.getAmount(), t.getPlannedOn(), t.getAfterReport(), t.getPaidAmount(),
					t.getPaidOn());
		}
	}

	record ReportView(int number, boolean finalReport, LocalDate dueOn, String status, boolean overdue, Integer women,
			Integer girls, Integer men, Integer boys, Map<AssistanceService, Integer> services, String narrative,
			List<Spending> spending, String reviewNote) {
		static ReportView of(GrantReport r) {
			return new ReportView(r.getNumber(), r.isFinalReport(), r.getDueOn(), r.getStatus().name(), r.isOverdue(),
					r.getWomen(), r.getGirls(), r.getMen(), r.getBoys(), r.servicesInOrder(), r.getNarrative(),
					r.getSpending(), r.getReviewNote());
		}
	}

	record PaymentView(long id, int tranche, LocalDate paidOn, Money amount, String bankReference,
			long ledgerEntryId, String recordedBy) {
		static PaymentView of(Payment p) {
			return new PaymentView(p.getId(), p.getTrancheNumber(), p.getPaidOn(), p.getAmount(), p.getBankReference(),
					p.getLedgerEntryId(), p.getRecordedBy());
		}
	}

	record RefundView(long id, Money amount, LocalDate receivedOn, String reference, long ledgerEntryId) {
		static RefundView of(Refund r) {
			return new RefundView(r.getId(), r.getAmount(), r.getReceivedOn(), r.getReference(), r.getLedgerEntryId());
		}
	}

	/** @param awardedOn for the original version the system wrote on the Board's award, its date (else null) */
	record VersionView(int number, String kind, LocalDate endsOn, String schedule, String conditions, String reason,
			List<AgreementLine> budget, String createdBy, LocalDate awardedOn) {
		private static final java.util.regex.Pattern AWARDED = java.util.regex.Pattern
			.compile("Awarded by the Board on (\\d{4}-\\d{2}-\\d{2})");

		/** @param notes renders a reason the system wrote with a key; older rows keep the awarded date's pattern */
		static VersionView of(AgreementVersion v, Notes notes) {
			java.util.regex.Matcher awarded = AWARDED.matcher(v.getReason() == null ? "" : v.getReason());
			return new VersionView(v.getNumber(), v.getKind(), v.getEndsOn(), v.getSchedule(), v.getConditions(),
					notes.show(v.getReason(), v.getReasonKey(), v.getReasonArgs()), v.getLines(), v.getCreatedBy(),
					awarded.matches() ? LocalDate.parse(awarded.group(1)) : null);
		}
	}

	record AmendmentView(long id, String kind, String status, LocalDate newEndsOn, String newAmounts,
			String justification, String decisionReason, Integer resultVersion) {
		static AmendmentView of(Amendment a) {
			return new AmendmentView(a.getId(), a.getKind().name(), a.getStatus().name(), a.getNewEndsOn(),
					a.getNewLines(), a.getJustification(), a.getDecisionReason(), a.getResultVersion());
		}
	}
}

package org.trustfund.donors.web;

import org.trustfund.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.trustfund.donors.Contribution;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorSummary;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeStatus;

/** Donors, pledges and contributions as the JSON API shows them. */
final class DonorViews {

	private DonorViews() {
	}

	record DonorView(Long id, String name, DonorKind kind, String donorGroup, String country, boolean anonymous,
			String publicName, String contactName, String contactEmail, String notes, Instant createdAt,
			String createdBy) {
		static DonorView of(Donor d) {
			return new DonorView(d.getId(), d.getName(), d.getKind(), d.getKind().group().name(), d.getCountry(),
					d.isAnonymous(), d.publicName(), d.getContactName(), d.getContactEmail(), d.getNotes(),
					d.getCreatedAt(), d.getCreatedBy());
		}
	}

	record DonorDetails(DonorView donor, DonorSummary totals, List<PledgeView> pledges,
			List<ContributionView> contributions) {
	}

	record PledgeView(Long id, Long donorId, BigDecimal amount, String currency, BigDecimal paid, BigDecimal remaining,
			LocalDate expectedOn, String earmark, PledgeStatus status, String writeOffReason, String writtenOffBy,
			Instant writtenOffAt, String followUpNote, Instant createdAt, String createdBy) {
		static PledgeView of(Pledge p) {
			return new PledgeView(p.getId(), p.getDonorId(), p.getAmount(), p.getCurrency(), p.getPaidAmount(),
					p.remaining(), p.getExpectedOn(), p.getEarmark(), p.getStatus(), p.getWriteOffReason(),
					p.getWrittenOffBy(), p.getWrittenOffAt(), p.getFollowUpNote(), p.getCreatedAt(), p.getCreatedBy());
		}
	}

	record ContributionView(Long id, Long donorId, Long pledgeId, LocalDate receivedOn, BigDecimal amount,
			String currency, Money creditedUsd, String bankReference, boolean overpayment, String note,
			Long ledgerEntryId, boolean reversed, String reversalReason, Instant recordedAt, String recordedBy) {
		static ContributionView of(Contribution c) {
			return new ContributionView(c.getId(), c.getDonorId(), c.getPledgeId(), c.getReceivedOn(), c.getAmount(),
					c.getCurrency(), c.getCreditedUsd(), c.getBankReference(), c.isOverpayment(), c.getNote(),
					c.getLedgerEntryId(), c.isReversed(), c.getReversalReason(), c.getRecordedAt(), c.getRecordedBy());
		}
	}

	record WriteOff(String reason) {
	}
}

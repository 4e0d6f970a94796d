package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.ledger.ContributionCredit;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.LedgerEntryCorrected;
import org.trustfund.shared.Money;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/**
 * Paid contributions: each is checked, stored, booked in the ledger, counted against its pledge, and
 * announced ({@link ContributionReceived}), all in one transaction or not at all.
 */
@Service
@NamedInterface("api")
public class ContributionService {

	private final Contributions contributions;
	private final DonorService donors;
	private final PledgeService pledges;
	private final FundLedger ledger;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ContributionService(Contributions contributions, DonorService donors, PledgeService pledges, FundLedger ledger,
			ApplicationEventPublisher events, Clock clock) {
		this.contributions = contributions;
		this.donors = donors;
		this.pledges = pledges;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a paid contribution. In USD the credited amount is the amount ({@code creditedUsd} may be
	 * left out; a different one is refused); in another currency {@code creditedUsd} is required and stored
	 * beside the amount and currency. The ledger entry's value date is the date received.
	 * @throws ValidationException with a message per invalid field; nothing is recorded
	 * @throws ConflictException when the bank reference was recorded before
	 */
	@Transactional
	public Contribution record(ContributionForm form, String actor) {
		return book(form, actor, null);
	}

	/**
	 * Records a paid contribution from a history import, under the fund's own reference: checked and booked as
	 * {@link #record} (the ledger entry's value date is the date received, never in the future), except that
	 * a settled pledge which is no longer outstanding (imported as paid or written off) is only linked, and
	 * more than what remains on an open pledge is accepted (history is what happened). Announces no
	 * {@link ContributionReceived}: the import calls {@link #announceImported} once at its end.
	 * @throws ValidationException with a message per invalid field; nothing is recorded
	 * @throws ConflictException when the bank reference was recorded before
	 */
	@Transactional
	public Contribution importContribution(String reference, ContributionForm form, String actor) {
		return book(form, actor, reference);
	}

	/** @return the contribution a history import recorded under {@code reference}, if any */
	@Transactional(readOnly = true)
	public java.util.Optional<Contribution> imported(String reference) {
		return contributions.findByImportedRef(reference);
	}

	/** @return whether a contribution with this bank reference (ignoring case) is recorded */
	@Transactional(readOnly = true)
	public boolean bankReferenceRecorded(String bankReference) {
		return ledger.contributionBooked(bankReference);
	}

	/**
	 * Announces the newest contribution imported since {@code since} as one {@link ContributionReceived}, so
	 * that processes waiting for money (a reserve list) look at the balance once after an import rather than
	 * once per imported row. Does nothing when none was imported.
	 */
	@Transactional
	public void announceImported(java.time.Instant since) {
		contributions.findTopByImportedRefIsNotNullAndRecordedAtGreaterThanEqualOrderByIdDesc(since).ifPresent(c -> {
			Donor donor = donors.get(c.getDonorId());
			events.publishEvent(new ContributionReceived(c.getId(), donor.getId(), donor.getKind().group(),
					c.getCreditedUsd(), c.getReceivedOn(), c.getLedgerEntryId()));
		});
	}

	private Contribution book(ContributionForm form, String actor, String importedRef) {
		boolean imported = importedRef != null;
		Map<String, Keyed> errors = new LinkedHashMap<>();
		Donor donor = donor(form.donorId(), errors);
		String currency = CurrencyAmounts.currency("currency", form.currency(), errors);
		CurrencyAmounts.amount("amount", form.amount(), currency, errors);
		Money credited = CurrencyAmounts.credited(form.amount(), currency, form.creditedUsd(), errors);
		if (form.receivedOn() == null) {
			errors.put("receivedOn", new Keyed("error.contribution.receivedOn", "Give the date the bank received the money"));
		}
		else if (form.receivedOn().isAfter(pledges.today())) {
			errors.put("receivedOn", new Keyed("error.received.future", "The date received cannot be in the future"));
		}
		String bankRef = CurrencyAmounts.text("bankReference", form.bankReference(), 100, true, errors);
		CurrencyAmounts.text("note", form.note(), 500, false, errors);
		Pledge pledge = pledge(form, donor, currency, errors, imported);
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		ledger.lockForPosting();
		// An import looks the reference up by the ledger's indexed key (below, in receive), not by this scan of
		// every contribution, which would make a file of 100,000 rows quadratic.
		if (!imported && contributions.existsByBankReferenceIgnoreCase(bankRef)) {
			throw duplicate(bankRef);
		}
		Contribution unsaved = new Contribution(form, credited, bankRef, actor, clock.instant());
		if (imported) {
			unsaved.imported(importedRef);
		}
		Contribution contribution = save(unsaved, bankRef, imported);
		if (pledge != null && (!imported || pledge.getStatus().isOutstanding())) {
			pledges.paymentReceived(pledge, form.amount(), imported || form.overpaymentAccepted());
		}
		long entryId = ledger.receive(new ContributionCredit(contribution.getId(), donor.getId(),
				donor.getKind().group(), credited, form.receivedOn(), bankRef,
				"Contribution from " + donor.getName() + (pledge == null ? "" : " (pledge " + pledge.getId() + ")")));
		contribution.booked(entryId);
		if (imported) {
			return contribution;
		}
		events.publishEvent(new ContributionReceived(contribution.getId(), donor.getId(), donor.getKind().group(),
				credited, form.receivedOn(), entryId));
		return contribution;
	}

	@Transactional(readOnly = true)
	public Contribution get(long id) {
		return contributions.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.contribution", "No contribution " + id, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<Contribution> ofDonor(long donorId) {
		return contributions.findByDonorIdOrderByReceivedOnDescIdDesc(donorId);
	}

	@Transactional(readOnly = true)
	public List<Contribution> ofPledge(long pledgeId) {
		return contributions.findByPledgeIdOrderByReceivedOnDescIdDesc(pledgeId);
	}

	@Transactional(readOnly = true)
	public List<Contribution> latest() {
		return contributions.findTop200ByOrderByReceivedOnDescIdDesc();
	}

	/** A contribution's ledger entry was corrected: the contribution is reversed and its pledge reopened. */
	@EventListener
	void onCorrection(LedgerEntryCorrected corrected) {
		if (corrected.contributionId() == null) {
			return;
		}
		Contribution c = get(corrected.contributionId());
		c.reverse(corrected.reason(), clock.instant());
		if (c.getPledgeId() != null) {
			pledges.paymentReversed(c.getPledgeId(), c.getAmount());
		}
	}

	/**
	 * Inserts at once (the id is generated by the database); a recorded contribution also flushes the
	 * persistence context, an imported one not: the import flushes every few hundred rows, and a flush per row
	 * dirty-checks every entity the import holds.
	 */
	private Contribution save(Contribution contribution, String bankRef, boolean imported) {
		try {
			return imported ? contributions.save(contribution) : contributions.saveAndFlush(contribution);
		}
		catch (DataIntegrityViolationException e) {
			// The unique index caught a concurrent request with the same reference.
			throw duplicate(bankRef);
		}
	}

	private Donor donor(Long donorId, Map<String, Keyed> errors) {
		if (donorId == null) {
			errors.put("donorId", new Keyed("error.donor.choose", "Choose the donor"));
			return null;
		}
		try {
			return donors.get(donorId);
		}
		catch (NotFoundException e) {
			errors.put("donorId", new Keyed("error.donor.unknown", "Unknown donor " + donorId, String.valueOf(donorId)));
			return null;
		}
	}

	private Pledge pledge(ContributionForm form, Donor donor, String currency, Map<String, Keyed> errors,
			boolean imported) {
		if (form.pledgeId() == null) {
			return null;
		}
		Pledge pledge;
		try {
			pledge = pledges.get(form.pledgeId());
		}
		catch (NotFoundException e) {
			errors.put("pledgeId", new Keyed("error.pledge.unknown", "Unknown pledge " + form.pledgeId(),
					String.valueOf(form.pledgeId())));
			return null;
		}
		if (donor != null && !pledge.getDonorId().equals(donor.getId())) {
			errors.put("pledgeId", new Keyed("error.pledge.otherDonor", "Pledge " + pledge.getId() + " belongs to another donor",
					String.valueOf(pledge.getId())));
		}
		else if (!imported && !pledge.getStatus().isOutstanding()) {
			boolean paid = pledge.getStatus() == PledgeStatus.PAID;
			errors.put("pledgeId", new Keyed(paid ? "error.pledge.alreadyPaid" : "error.pledge.alreadyWrittenOff",
					"Pledge " + pledge.getId() + " is already " + (paid ? "paid" : "written off"),
					String.valueOf(pledge.getId())));
		}
		else if (currency != null && !currency.equals(pledge.getCurrency())) {
			errors.put("currency", new Keyed("error.pledge.currency", "Pledge " + pledge.getId() + " is in "
					+ pledge.getCurrency() + ": record the amount received in " + pledge.getCurrency(),
					String.valueOf(pledge.getId()), pledge.getCurrency()));
		}
		else if (!imported && form.amount() != null && form.amount().signum() > 0 && !form.overpaymentAccepted()
				&& form.amount().compareTo(pledge.remaining()) > 0) {
			errors.put("amount", new Keyed("error.contribution.overpaid", "Only " + pledge.getCurrency() + " "
					+ pledge.remaining().toPlainString() + " remains on pledge " + pledge.getId()
					+ "; confirm the over-payment to record more", pledge.getCurrency(),
					pledge.remaining().toPlainString(), String.valueOf(pledge.getId())));
		}
		return pledge;
	}

	private static ConflictException duplicate(String bankRef) {
		return new DuplicateBankReferenceException(bankRef);
	}

	/** 409: the same bank transaction was recorded before; a retried request never counts money twice. */
	public static class DuplicateBankReferenceException extends ConflictException {
		DuplicateBankReferenceException(String bankRef) {
			super("conflict.contribution.duplicate", "A contribution with bank reference " + bankRef + " is already recorded",
					bankRef);
		}
	}
}

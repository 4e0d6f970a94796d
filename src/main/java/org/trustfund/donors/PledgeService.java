package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/**
 * Pledges and their follow-up process: recording a pledge starts it; a payment that settles the pledge,
 * or a write-off, ends it (message {@code PledgeSettled}, correlated in the same transaction).
 */
@Service
@NamedInterface("api")
public class PledgeService {

	private final Pledges pledges;
	private final DonorService donors;
	private final RuntimeService runtime;
	private final Clock clock;

	PledgeService(Pledges pledges, DonorService donors, RuntimeService runtime, Clock clock) {
		this.pledges = pledges;
		this.donors = donors;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Transactional
	public Pledge create(PledgeForm form, String actor) {
		Pledge pledge = pledges.save(validated(form, actor));
		startFollowUp(pledge);
		return pledge;
	}

	/**
	 * Records a pledge from a history import, under the fund's own reference. {@code OPEN}: as a new pledge,
	 * followed up from its expected date; {@code PAID}: fully paid, not followed up; {@code WRITTEN_OFF}:
	 * written off with {@code writeOffReason}, not followed up. Payments later imported against an open pledge
	 * count against it.
	 * @throws ValidationException with a message per invalid field, or for another status
	 */
	@Transactional
	public Pledge importPledge(String reference, PledgeForm form, PledgeStatus status, String writeOffReason,
			String actor) {
		if (status == PledgeStatus.PARTLY_PAID || status == null) {
			throw ValidationException.keyed("status", "error.pledge.importStatus", "An imported pledge is open, paid or written off");
		}
		Pledge pledge = validated(form, actor);
		pledge.imported(reference, status == PledgeStatus.PAID);
		if (status == PledgeStatus.WRITTEN_OFF) {
			String why = writeOffReason == null || writeOffReason.isBlank() ? "Written off before the fund's history "
					+ "was imported" : writeOffReason.strip();
			pledge.writeOff(why, actor, clock.instant());
		}
		pledges.save(pledge);
		if (status == PledgeStatus.OPEN) {
			startFollowUp(pledge);
		}
		return pledge;
	}

	/** @return the pledge a history import recorded under {@code reference}, if any */
	@Transactional(readOnly = true)
	public java.util.Optional<Pledge> imported(String reference) {
		return pledges.findByImportedRef(reference);
	}

	private Pledge validated(PledgeForm form, String actor) {
		Map<String, Keyed> errors = new LinkedHashMap<>();
		if (form.donorId() == null) {
			errors.put("donorId", new Keyed("error.donor.choose", "Choose the donor"));
		}
		else {
			try {
				donors.get(form.donorId());
			}
			catch (NotFoundException e) {
				errors.put("donorId", new Keyed("error.donor.unknown", "Unknown donor " + form.donorId(),
						String.valueOf(form.donorId())));
			}
		}
		String currency = CurrencyAmounts.currency("currency", form.currency(), errors);
		CurrencyAmounts.amount("amount", form.amount(), currency, errors);
		if (form.expectedOn() == null) {
			errors.put("expectedOn", new Keyed("error.pledge.expectedOn", "Give the date the payment is expected"));
		}
		String earmark = CurrencyAmounts.text("earmark", form.earmark(), 500, false, errors);
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return new Pledge(form.donorId(), form.amount(), currency, form.expectedOn(), earmark, actor, clock.instant());
	}

	/** A fund manager writes the pledge off outside the follow-up task; the follow-up ends. */
	@Transactional
	public void writeOff(long id, String reason, String actor) {
		writeOffByFollowUp(id, reason, actor);
		endFollowUp(id);
	}

	/** The follow-up process's own write-off: the process ends by itself. */
	@Transactional
	public void writeOffByFollowUp(long id, String reason, String actor) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw ValidationException.keyed("reason", "error.pledge.writeOffReason", "Give the reason for the write-off");
		}
		if (why.length() > 2000) {
			throw ValidationException.keyed("reason", "error.text.max2000", "At most 2000 characters");
		}
		get(id).writeOff(why, actor, clock.instant());
	}

	@Transactional
	public void reschedule(long id, LocalDate newDate, String note) {
		get(id).reschedule(newDate, note, today());
	}

	@Transactional(readOnly = true)
	public Pledge get(long id) {
		return pledges.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.pledge", "No pledge " + id, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<Pledge> ofDonor(long donorId) {
		return pledges.findByDonorIdOrderByExpectedOnDesc(donorId);
	}

	@Transactional(readOnly = true)
	public List<Pledge> all() {
		return pledges.findAllByOrderByExpectedOnDesc();
	}

	@Transactional(readOnly = true)
	public Map<String, BigDecimal> unpaidByCurrency() {
		Map<String, BigDecimal> unpaid = new LinkedHashMap<>();
		pledges.unpaidByCurrency(List.of(PledgeStatus.OPEN, PledgeStatus.PARTLY_PAID))
			.forEach(s -> unpaid.put(s.getCurrency(), CurrencyAmounts.scaled(s.getTotal(), s.getCurrency())));
		return unpaid;
	}

	/** Counts a payment against the pledge; ends the follow-up when it settles the pledge. */
	void paymentReceived(Pledge pledge, BigDecimal amount, boolean overpaymentAccepted) {
		if (pledge.recordPayment(amount, overpaymentAccepted)) {
			endFollowUp(pledge.getId());
		}
	}

	/** A payment was corrected away; a pledge that is outstanding again is followed up again. */
	void paymentReversed(long pledgeId, BigDecimal amount) {
		Pledge pledge = get(pledgeId);
		if (pledge.reversePayment(amount)) {
			startFollowUp(pledge);
		}
	}

	/** Today in UTC, by the application clock. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	private void startFollowUp(Pledge pledge) {
		runtime.startProcessInstanceByKey(PledgeFollowUpProcess.KEY, pledge.getId().toString(),
				Map.of(PledgeFollowUpProcess.PLEDGE_ID, pledge.getId()));
	}

	private void endFollowUp(long pledgeId) {
		// correlateAll: nothing waits when the follow-up already ended, and that is fine.
		runtime.createMessageCorrelation(PledgeFollowUpProcess.SETTLED_MESSAGE)
			.processInstanceBusinessKey(Long.toString(pledgeId)).correlateAll();
	}
}

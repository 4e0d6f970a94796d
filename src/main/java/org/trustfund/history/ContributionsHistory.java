package org.trustfund.history;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeService;
import org.trustfund.shared.Money;

/**
 * History kind {@code contributions}: money donors paid, each booked in the ledger with the date the bank
 * received it as value date. In another currency than US dollars the amount credited in USD is required;
 * the bank's reference is unique. A contribution may settle a pledge imported before (same donor and
 * currency): an open pledge counts the payment, a paid or written-off one is only linked.
 */
@Component
class ContributionsHistory implements HistoryKind {

	static final String REFERENCE = "reference";

	private final DonorService donors;
	private final PledgeService pledges;
	private final ContributionService contributions;
	private final Clock clock;
	/** Per file being checked ({@link HistoryFile}) or written ({@link HistoryImportContext}): donor ids by reference. */
	private final Map<Object, Map<String, Long>> donorIds = Collections.synchronizedMap(new WeakHashMap<>());

	ContributionsHistory(DonorService donors, PledgeService pledges, ContributionService contributions, Clock clock) {
		this.donors = donors;
		this.pledges = pledges;
		this.contributions = contributions;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "contributions";
	}

	@Override
	public List<HistoryColumn> columns() {
		return List.of(HistoryColumn.required(REFERENCE, "history.format.reference"),
				HistoryColumn.required("donor_reference", "history.format.reference"),
				HistoryColumn.required("received_on", "history.format.date"),
				HistoryColumn.required("amount", "history.format.amount"),
				HistoryColumn.required("currency", "history.format.currency"),
				HistoryColumn.optional("credited_usd", "history.format.amount"),
				HistoryColumn.required("bank_reference", "history.format.reference"),
				HistoryColumn.optional("pledge_reference", "history.format.reference"),
				HistoryColumn.optional("note", "history.format.text"));
	}

	@Override
	public String referenceColumn() {
		return REFERENCE;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void check(HistoryRow row, HistoryFile file) {
		String reference = MoneyRows.reference(row, REFERENCE, file);
		boolean known = reference != null && contributions.imported(reference).isPresent();
		Long donor = donor(row, donorIds.computeIfAbsent(file, f -> new HashMap<>()));
		MoneyRows.past(row, "received_on", clock);
		String currency = row.currency("currency");
		BigDecimal amount = MoneyRows.positive(row, "amount", currency);
		credited(row, currency, amount);
		String bank = row.text("bank_reference", 100);
		if (bank != null) {
			String key = bank.toUpperCase(Locale.ROOT);
			if (!file.firstTime("bank", key)) {
				row.problem("bank_reference", "history.error.duplicateBankReference", bank);
			}
			else if (!known && contributions.bankReferenceRecorded(bank)) {
				row.problem("bank_reference", "history.error.bankReferenceRecorded", bank);
			}
		}
		pledge(row, donor, currency);
		row.optionalText("note", 500);
	}

	@Override
	public RowOutcome write(HistoryRow row, HistoryImportContext context) {
		String reference = row.text(REFERENCE);
		if (contributions.imported(reference).isPresent()) {
			return RowOutcome.ALREADY_IMPORTED;
		}
		Long donor = donor(row, donorIds.computeIfAbsent(context, c -> new HashMap<>()));
		String currency = row.currency("currency");
		BigDecimal amount = MoneyRows.positive(row, "amount", currency);
		Pledge pledge = pledge(row, donor, currency);
		contributions.importContribution(reference, new ContributionForm(donor,
				pledge == null ? null : pledge.getId(), MoneyRows.past(row, "received_on", clock), amount, currency,
				credited(row, currency, amount), row.text("bank_reference"), null, row.optionalText("note")),
				context.importedBy());
		return RowOutcome.WRITTEN;
	}

	/** One announcement of new money for the whole import, not one per row. */
	@Override
	public void finish(HistoryImportContext context) {
		contributions.announceImported(context.importedAt());
	}

	/**
	 * @param known the donors' ids by reference found so far in this file (or import): a file of 100,000
	 *        contributions from 1,000 donors looks each donor up once
	 * @return the id of the imported donor the row names, or {@code null} (with a problem when unknown)
	 */
	private Long donor(HistoryRow row, Map<String, Long> known) {
		String reference = row.text("donor_reference");
		if (reference == null) {
			return null;
		}
		Long id = known.get(reference);
		if (id == null) {
			id = donors.imported(reference).map(Donor::getId).orElse(null);
			if (id == null) {
				row.problem("donor_reference", "history.error.unknownDonor", reference);
				return null;
			}
			known.put(reference, id);
		}
		return id;
	}

	/** In USD the credited amount is the amount (may be left out); in another currency it is required. */
	private static BigDecimal credited(HistoryRow row, String currency, BigDecimal amount) {
		BigDecimal credited = row.optionalAmount("credited_usd");
		if (credited != null && credited.signum() == 0) {
			row.problem("credited_usd", "history.error.zero");
			return null;
		}
		if (Money.CURRENCY.equals(currency)) {
			if (credited != null && amount != null && credited.compareTo(amount) != 0) {
				row.problem("credited_usd", "history.error.creditedNotAmount", credited.toPlainString(),
						amount.toPlainString());
			}
			return amount;
		}
		if (currency != null && credited == null && row.optionalText("credited_usd") == null) {
			row.problem("credited_usd", "history.error.creditedRequired", currency);
		}
		return credited;
	}

	private Pledge pledge(HistoryRow row, Long donor, String currency) {
		String reference = row.optionalText("pledge_reference");
		if (reference == null) {
			return null;
		}
		Pledge pledge = pledges.imported(reference).orElse(null);
		if (pledge == null) {
			row.problem("pledge_reference", "history.error.unknownPledge", reference);
		}
		else if (donor != null && !pledge.getDonorId().equals(donor)) {
			row.problem("pledge_reference", "history.error.pledgeOfAnotherDonor", reference);
		}
		else if (currency != null && !currency.equals(pledge.getCurrency())) {
			row.problem("currency", "history.error.pledgeCurrency", reference, pledge.getCurrency());
		}
		return pledge;
	}
}

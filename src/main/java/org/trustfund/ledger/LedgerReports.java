package org.trustfund.ledger;

import static java.math.BigDecimal.ZERO;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.ledger.BalanceDashboard.YearFigures;
import org.trustfund.shared.NotFoundException;

/** Reading the ledger: entries with filters, the balance dashboard, the CSV export and reconciliation. */
@NamedInterface("api")
@Service
public class LedgerReports {

	private final LedgerEntries entries;
	private final FundBalances balances;
	private final YearTotals years;
	private final DonorFacts donors;
	private final EntityManager em;

	LedgerReports(LedgerEntries entries, FundBalances balances, YearTotals years, DonorFacts donors,
			EntityManager em) {
		this.entries = entries;
		this.balances = balances;
		this.years = years;
		this.donors = donors;
		this.em = em;
	}

	@Transactional(readOnly = true)
	public Page<LedgerEntry> entries(LedgerFilter filter, Pageable page) {
		return entries.findAll(filter.specification(), page);
	}

	@Transactional(readOnly = true)
	public LedgerEntry entry(long id) {
		return entries.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.ledgerEntry", "No ledger entry " + id, String.valueOf(id)));
	}

	/** The id of the entry that corrected {@code id}, if any. */
	@Transactional(readOnly = true)
	public Long correctedBy(long id) {
		return entries.findByCorrectsEntryId(id).map(LedgerEntry::getId).orElse(null);
	}

	/** Streams the matching entries in id order without holding them all in memory. */
	@Transactional(readOnly = true)
	public void forEach(LedgerFilter filter, Consumer<LedgerEntry> action) {
		try (Stream<LedgerEntry> all = entries.findBy(filter.specification(),
				q -> q.sortBy(Sort.by("id")).stream())) {
			all.forEach(e -> {
				action.accept(e);
				em.detach(e);
			});
		}
	}

	/** From the running totals only: the cost does not grow with the number of entries. */
	@Transactional(readOnly = true)
	public BalanceDashboard dashboard() {
		FundBalance fund = balances.findById(FundBalance.THE_FUND).orElseThrow();
		Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
		for (YearTotal t : years.findAll()) {
			String column = t.key().bucket() == Bucket.PAID_IN ? "PAID_IN:" + t.key().donorGroup()
					: t.key().bucket().name();
			byYear.computeIfAbsent(t.key().year(), y -> new HashMap<>()).merge(column, t.amount(), BigDecimal::add);
		}
		BigDecimal states = ZERO;
		BigDecimal privates = ZERO;
		List<YearFigures> rows = new java.util.ArrayList<>();
		for (var year : byYear.entrySet()) {
			Map<String, BigDecimal> c = year.getValue();
			BigDecimal s = c.getOrDefault("PAID_IN:" + DonorGroup.MEMBER_STATE, ZERO);
			BigDecimal p = c.getOrDefault("PAID_IN:" + DonorGroup.PRIVATE, ZERO);
			BigDecimal paid = s.add(p).add(c.getOrDefault("PAID_IN:" + YearTotal.NO_GROUP, ZERO));
			states = states.add(s);
			privates = privates.add(p);
			rows.add(new YearFigures(year.getKey(), s, p, paid, BalanceDashboard.share(p, s.add(p)),
					c.getOrDefault("COMMITTED", ZERO), c.getOrDefault("DISBURSED", ZERO),
					c.getOrDefault("REFUNDED", ZERO)));
		}
		FundTotals totals = fund.totals();
		return new BalanceDashboard(totals, totals.available(), states, privates,
				BalanceDashboard.share(privates, states.add(privates)), List.copyOf(rows),
				donors.unpaidPledgesByCurrency(), fund.entryCount());
	}

	/** Checks the running totals (fund and per year) against the sum of all entries: a full scan. */
	@Transactional(readOnly = true)
	public Reconciliation reconcile() {
		FundBalance fund = balances.findById(FundBalance.THE_FUND).orElseThrow();
		FundTotals sums = FundTotals.ZERO;
		for (LedgerEntries.BucketSum s : entries.sumsByBucket()) {
			sums = sums.plus(s.getBucket(), s.getTotal());
		}
		return new Reconciliation(fund.totals(), sums, fund.entryCount(), entries.countAll(), yearTotalsMatch());
	}

	private boolean yearTotalsMatch() {
		List<Object[]> rows = em.createQuery("select e.valueYear, e.bucket, e.donorGroup, sum(e.amount), count(e) "
				+ "from LedgerEntry e group by e.valueYear, e.bucket, e.donorGroup", Object[].class).getResultList();
		Map<YearTotal.Key, BigDecimal> sums = new HashMap<>();
		for (Object[] r : rows) {
			String group = r[2] == null ? YearTotal.NO_GROUP : ((DonorGroup) r[2]).name();
			sums.put(new YearTotal.Key((Integer) r[0], (Bucket) r[1], group), (BigDecimal) r[3]);
		}
		List<YearTotal> kept = years.findAll();
		return kept.size() == sums.size() && kept.stream()
			.allMatch(t -> sums.containsKey(t.key()) && sums.get(t.key()).compareTo(t.amount()) == 0);
	}

	/**
	 * How the available balance for new grants changed on each day (by value date, USD): a history import checks
	 * that a past commitment fits the balance on its award day and on every later day.
	 * @return net change per day, in date order; days without entries are absent
	 */
	@Transactional(readOnly = true)
	public TreeMap<java.time.LocalDate, BigDecimal> availableChangesByDay() {
		TreeMap<java.time.LocalDate, BigDecimal> days = new TreeMap<>();
		em.createQuery("select e.valueDate, e.bucket, sum(e.amount) from LedgerEntry e group by e.valueDate, e.bucket",
				Object[].class).getResultList().forEach(r -> {
					BigDecimal change = ((BigDecimal) r[2]).multiply(BigDecimal.valueOf(((Bucket) r[1]).availableSign()));
					days.merge((java.time.LocalDate) r[0], change, BigDecimal::add);
				});
		return days;
	}
}

package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.GrantPosition;

/**
 * Each grant's own figures checked against the fund's ledger, which is the record of the money (issue 11 item 5):
 * the ledger's committed amount is the grant's amount less what was released, its disbursed and refunded sums are
 * the grant's. The ledger's own reconciliation ({@code GET /api/ledger/reconciliation}) checks its running totals
 * against its entries; this one checks the grants' copies against those entries. A full scan, on request only.
 */
@Service
@NamedInterface("api")
public class GrantReconciliation {

	private static final int PAGE = 500;

	private final Grants grants;
	private final FundLedger ledger;

	GrantReconciliation(Grants grants, FundLedger ledger) {
		this.grants = grants;
		this.ledger = ledger;
	}

	/**
	 * One grant whose figures differ from the ledger's, all amounts in USD.
	 * @param grantRef the grant's reference ({@code G-12})
	 * @param grant what the grant holds: committed (amount less released), disbursed, refunded
	 * @param ledger what the ledger's entries for the grant add up to, in the same order
	 */
	public record Mismatch(String grantRef, List<BigDecimal> grant, List<BigDecimal> ledger) {
	}

	/**
	 * @param grants how many grants were checked
	 * @param mismatches the grants whose figures differ from the ledger's, in the order of their ids (empty when
	 *        all agree)
	 */
	public record Result(long grants, List<Mismatch> mismatches) {

		/** Whether every grant agrees with the ledger. */
		public boolean matches() {
			return mismatches.isEmpty();
		}
	}

	/** Reads every grant, a page at a time, with the ledger's position of each. */
	@Transactional(readOnly = true)
	public Result check() {
		List<Mismatch> mismatches = new ArrayList<>();
		long checked = 0;
		Slice<Grant> page = grants.findAll(PageRequest.of(0, PAGE, Sort.by("id")));
		while (true) {
			for (Grant g : page) {
				checked++;
				List<BigDecimal> own = List.of(g.getAmount().amount().subtract(g.getReleased().amount()),
						g.getDisbursed().amount(), g.getRefunded().amount());
				GrantPosition p = ledger.grantPosition(g.getGrantRef());
				List<BigDecimal> book = List.of(p.committed(), p.disbursed(), p.refunded());
				if (!same(own, book)) {
					mismatches.add(new Mismatch(g.getGrantRef(), own, book));
				}
			}
			if (!page.hasNext()) {
				return new Result(checked, mismatches);
			}
			page = grants.findAll(page.nextPageable());
		}
	}

	private static boolean same(List<BigDecimal> a, List<BigDecimal> b) {
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i).compareTo(b.get(i)) != 0) {
				return false;
			}
		}
		return true;
	}
}

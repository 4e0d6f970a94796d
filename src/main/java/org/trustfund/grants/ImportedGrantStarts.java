package org.trustfund.grants;

import org.trustfund.shared.Note;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.history.HistoryImportContext;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.proposals.BudgetCategory;

/**
 * The end of a {@code grants} import, in its transaction, once every row of the file is written: each imported grant
 * gets its agreement (version 1, with the tranches as imported); a closed grant returns its unspent rest to the fund
 * with its closing day as value date; an active grant's reporting schedule is completed and its lifecycle starts
 * where it stands: at the payment of the next tranche when nothing holds it back, else at the opening of the report
 * that comes next, whose timers read the real dates (a date already past fires at once, as it would have).
 */
@Component
class ImportedGrantStarts {

	private static final int CLEAR_EVERY = 200;

	private final Grants grants;
	private final AgreementVersions versions;
	private final GrantSettings settings;
	private final FundLedger ledger;
	private final RuntimeService runtime;
	private final EntityManager entityManager;

	ImportedGrantStarts(Grants grants, AgreementVersions versions, GrantSettings settings, FundLedger ledger,
			RuntimeService runtime, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.grants = grants;
		this.versions = versions;
		this.settings = settings;
		this.ledger = ledger;
		this.runtime = runtime;
	}

	/**
	 * Goes through the import's grants by id, flushing and clearing the persistence context every
	 * {@value #CLEAR_EVERY} grants, so that 10,000 imported grants are never all held in memory at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void finish(HistoryImportContext context) {
		List<Long> ids = grants.idsOfImport(context.importId());
		for (int i = 0; i < ids.size(); i++) {
			if (i > 0 && i % CLEAR_EVERY == 0) {
				entityManager.flush();
				entityManager.clear();
			}
			Grant grant = grants.findById(ids.get(i)).orElseThrow();
			versions.save(new AgreementVersion(grant, "ORIGINAL",
					List.of(new AgreementLine(BudgetCategory.OTHER, "Awarded budget", grant.getAmount().amount())),
					"Agreed before the fund used the system; not recorded here.", "Awarded on " + grant.getAwardedOn()
							+ " (history import " + context.importId() + ")",
					Note.of("note.grant.imported", grant.getAwardedOn(), String.valueOf(context.importId())),
					context.importedBy(), context.importedAt()));
			if (grant.getStatus() == GrantStatus.CLOSED) {
				Money rest = grant.releaseImportedRest();
				if (rest.isPositive()) {
					ledger.release(grant.getGrantRef(), rest, "Unspent rest of grant " + grant.getGrantRef()
							+ " closed on " + grant.getClosedOn() + " (history import " + context.importId() + ")",
							grant.getClosedOn());
				}
			}
			else {
				grant.scheduleImportedReports(settings);
				grants.flush();
				start(grant);
			}
		}
	}

	/** Starts the lifecycle before the step where the grant stands. */
	private void start(Grant grant) {
		runtime.createProcessInstanceByKey(GrantLifecycleProcess.KEY).businessKey(grant.getId().toString())
			.setVariable(GrantLifecycleProcess.GRANT_ID, grant.getId())
			.setVariable(GrantLifecycleProcess.ORGANISATION_ID, grant.getOrganisationId())
			.startBeforeActivity(stepOf(grant)).execute();
	}

	/**
	 * @return {@link GrantLifecycleProcess#DISBURSE_TRANCHE_TASK} when the next tranche waits for no report or for
	 *         one already accepted, else {@link GrantLifecycleProcess#REPORT_OPENS_TIMER} (the next report)
	 */
	static String stepOf(Grant grant) {
		return grant.nextTranche()
			.filter(t -> t.getAfterReport() == null
					|| grant.report(t.getAfterReport()).getStatus() == ReportStatus.ACCEPTED)
			.map(t -> GrantLifecycleProcess.DISBURSE_TRANCHE_TASK).orElse(GrantLifecycleProcess.REPORT_OPENS_TIMER);
	}
}

package org.trustfund.grants;

import org.trustfund.shared.Note;
import org.trustfund.notifications.Text;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.board.ProposalAwarded;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;

/**
 * Opens the grant when the Board awards a proposal, in the award's own transaction: a failure here undoes
 * the award. Writes agreement version 1 from the proposal and the award and starts the lifecycle.
 */
@Component
class GrantOpener {

	private final ProposalService proposals;
	private final Grants grants;
	private final AgreementVersions versions;
	private final GrantSettings settings;
	private final RuntimeService runtime;
	private final NotificationService notifications;
	private final Clock clock;
	private final JdbcTemplate jdbc;

	GrantOpener(ProposalService proposals, Grants grants, AgreementVersions versions, GrantSettings settings,
			RuntimeService runtime, NotificationService notifications, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.proposals = proposals;
		this.grants = grants;
		this.versions = versions;
		this.settings = settings;
		this.runtime = runtime;
		this.notifications = notifications;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(ProposalAwarded award) {
		// Plain SQL, not a JPA query: no flush of the Board's whole persistence context and no query to compile,
		// once per award. A grant is inserted when it is saved (identity ids), so SQL sees this transaction's.
		if (jdbc.queryForObject("select count(*) from fund_grant where proposal_id = ?", Integer.class,
				award.proposalId()) > 0) {
			throw new IllegalStateException("Proposal " + award.proposalId() + " already has a grant");
		}
		Proposal p = proposals.get(award.proposalId());
		GrantTerms terms = terms(p, award);
		Grant grant = grants.save(new Grant(terms, clock.instant()));
		versions.save(new AgreementVersion(grant, "ORIGINAL", terms.budget(), settings.conditions(),
				"Awarded by the Board on " + award.decidedOn(), Note.of("grants.version.awarded", award.decidedOn()),
				"system", clock.instant()));
		runtime.startProcessInstanceByKey(GrantLifecycleProcess.KEY, grant.getId().toString(),
				Map.of(GrantLifecycleProcess.GRANT_ID, grant.getId(), GrantLifecycleProcess.ORGANISATION_ID,
						grant.getOrganisationId()));
		notifications.notifyOrganisation(grant.getOrganisationId(), Text.of("notice.grant.ready"),
				Text.of("notice.grant.ready.body", grant.getGrantRef(), award.amount(), grant.getTitle(),
						grant.getAcceptBy()),
				GrantPaths.path(grant.getId(), grant.getGrantRef()));
	}

	GrantTerms terms(Proposal p, ProposalAwarded award) {
		var amount = award.amount().amount();
		var starts = award.decidedOn();
		var ends = starts.plusMonths(p.getDurationMonths()).minusDays(1);
		var tranches = GrantTerms.tranches(amount, p.getDurationMonths(), starts, settings);
		var lines = p.getBudgetLines().stream().map(l -> new AgreementLine(l.category(), l.description(), l.amount()))
			.toList();
		return new GrantTerms(p.getId(), award.callId(), award.organisationId(), award.grantRef(), p.getTitle(),
				p.getCountry(), amount, p.getDurationMonths(), award.decidedOn(), starts, ends,
				award.decidedOn().plus(settings.acceptancePeriod()), award.sessionId(), tranches,
				GrantTerms.reports(tranches, ends, settings), GrantTerms.budget(lines, amount));
	}
}

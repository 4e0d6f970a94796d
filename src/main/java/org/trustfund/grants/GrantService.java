package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.ledger.FundLedger;
import org.trustfund.shared.Money;
import org.trustfund.notifications.NotificationService;
import org.trustfund.shared.NotFoundException;

/** The grant's lifecycle steps, called by the process's delegates: acceptance, its end, closure. */
@Service
@NamedInterface("api")
public class GrantService {

	private final Grants grants;
	private final AgreementVersions versions;
	private final FundLedger ledger;
	private final NotificationService notifications;
	private final Clock clock;

	GrantService(Grants grants, AgreementVersions versions, FundLedger ledger, NotificationService notifications,
			Clock clock) {
		this.grants = grants;
		this.versions = versions;
		this.ledger = ledger;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** @return the grant whose reference is exactly {@code grantRef} ({@code G-52}, an imported reference), if any */
	@Transactional(readOnly = true)
	public java.util.Optional<Grant> byRef(String grantRef) {
		return grants.findByGrantRef(grantRef);
	}

	@Transactional(readOnly = true)
	public Grant get(long id) {
		Grant g = grants.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.grant", "No grant " + id, String.valueOf(id)));
		g.getTranches().size();
		g.getReports().size();
		return g;
	}

	@Transactional(readOnly = true)
	public List<AgreementVersion> versions(long grantId) {
		return versions.findByGrantIdOrderByNumberDesc(grantId);
	}

	@Transactional(readOnly = true)
	public AgreementVersion currentVersion(long grantId) {
		return versions.findByGrantIdOrderByNumberDesc(grantId).get(0);
	}

	@Transactional
	public void activate(long id) {
		Grant g = get(id);
		g.accept();
		notifications.notifyHolders(Permission.MANAGE_GRANTS, Text.of("notice.grant.accepted", g.getGrantRef()),
				Text.of("notice.grant.accepted.body"), GrantPaths.path(id, g.getGrantRef()));
	}

	/** The NGO declined, or let the deadline pass: the whole commitment returns to the available balance. */
	@Transactional
	public void endUnaccepted(long id, GrantStatus outcome, String why) {
		Grant g = get(id);
		Money rest = g.endUnaccepted(outcome, today());
		release(g, rest, "Grant " + g.getGrantRef() + " " + outcome.name().toLowerCase() + ": " + why);
		notifications.notifyOrganisation(g.getOrganisationId(), Text.of("notice.grant.ended", g.getGrantRef()),
				Text.of("notice.grant.ended.body." + outcome.name(), why), GrantPaths.path(id, g.getGrantRef()));
		notifications.notifyHolders(Permission.MANAGE_GRANTS, Text.of("notice.grant.ended." + outcome.name(), g.getGrantRef()),
				Text.of("notice.data", why), GrantPaths.path(id, g.getGrantRef()));
	}

	@Transactional
	public void remindAcceptance(long id) {
		Grant g = get(id);
		notifications.notifyOrganisation(g.getOrganisationId(), Text.of("notice.grant.answer"),
				Text.of("notice.grant.answer.body", g.getGrantRef(), g.getAcceptBy()), GrantPaths.path(id, g.getGrantRef()));
	}

	/** The final report was accepted: money committed and never paid returns to the available balance. */
	@Transactional
	public void close(long id) {
		Grant g = get(id);
		Money rest = g.close(today());
		release(g, rest, "Unspent commitment of closed grant " + g.getGrantRef());
		notifications.notifyOrganisation(g.getOrganisationId(), Text.of("notice.grant.closed", g.getGrantRef()),
				Text.of("notice.grant.closed.body"), GrantPaths.path(id, g.getGrantRef()));
	}

	private void release(Grant g, Money rest, String reason) {
		if (rest.isPositive()) {
			ledger.release(g.getGrantRef(), rest, reason);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}
}

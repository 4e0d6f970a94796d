package org.trustfund.grants;

import org.trustfund.shared.ValidationException;
import org.springframework.modulith.NamedInterface;
import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.notifications.NotificationService;
import org.trustfund.security.AppUser;
import org.trustfund.shared.ConflictException;

/** Progress and final reports: due, reminded, overdue, submitted by the grant's NGO, reviewed by the fund. */
@Service
@NamedInterface("api")
public class ReportService {

	private final GrantService grants;
	private final GrantAccess access;
	private final GrantSettings settings;
	private final NotificationService notifications;
	private final ResultTotals results;
	private final Clock clock;

	ReportService(GrantService grants, GrantAccess access, GrantSettings settings, NotificationService notifications,
			ResultTotals results, Clock clock) {
		this.results = results;
		this.grants = grants;
		this.access = access;
		this.settings = settings;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional
	public void open(long grantId) {
		Grant g = grants.get(grantId);
		GrantReport r = current(g);
		r.open();
		tellNgo(g, r.isFinalReport() ? Text.of("notice.report.finalDue", r.getDueOn())
				: Text.of("notice.report.progressDue", r.getNumber(), r.getDueOn()),
				Text.of("notice.report.due.body", g.getGrantRef(), r.getDueOn()));
	}

	@Transactional
	public void remind(long grantId) {
		Grant g = grants.get(grantId);
		GrantReport r = current(g);
		tellNgo(g, Text.of("notice.report.reminder", r.getDueOn()),
				Text.of("notice.report.reminder.body", g.getGrantRef(), r.getDueOn()));
	}

	/** Past the due date: no tranche of this NGO's grants can be paid until the report is submitted. */
	@Transactional
	public void markOverdue(long grantId) {
		Grant g = grants.get(grantId);
		GrantReport r = current(g);
		r.markOverdue();
		tellNgo(g, Text.of("notice.report.overdue"), Text.of("notice.report.overdue.body", g.getGrantRef(), r.getDueOn()));
	}

	/** Stores the NGO's report; the caller completes the task in the same transaction. */
	@Transactional
	public GrantReport submit(long grantId, Map<String, String> fields, AppUser user) {
		Grant g = grants.get(grantId);
		access.requireOwnNgo(user, g);
		if (g.getStatus() != GrantStatus.ACTIVE) {
			throw ConflictException.keyed("conflict.grant.noReportExpected", "Grant " + g.getGrantRef() + " is " + g.getStatus()
					+ ": no report is expected", g.getGrantRef(), ValidationException.Keyed.state("grants.status.", g.getStatus()));
		}
		GrantReport r = current(g);
		var budget = grants.currentVersion(grantId).getLines();
		r.submit(ReportFields.parse(fields, budget.size()), budget, user.getUsername(), clock.instant());
		notifications.notifyHolders(Permission.MANAGE_GRANTS, "Report submitted for grant " + g.getGrantRef(),
				"Review the report.", GrantPaths.path(grantId, g.getGrantRef()));
		return r;
	}

	@Transactional
	public void requestRevision(long grantId, String note, String actor) {
		Grant g = grants.get(grantId);
		GrantReport r = current(g);
		r.requestRevision(note, today().plus(settings.revisionPeriod()), actor, clock.instant());
		tellNgo(g, Text.of("notice.report.revise"), Text.of("notice.report.revise.body", note, r.getDueOn()));
	}

	/** @return whether the accepted report was the final one */
	@Transactional
	public boolean accept(long grantId, String note, String actor) {
		Grant g = grants.get(grantId);
		GrantReport r = current(g);
		r.accept(note, actor, clock.instant());
		results.add(g.getOrganisationId(), r.getDueOn().getYear(), r);
		tellNgo(g, Text.of("notice.report.accepted"), note == null || note.isBlank() ? Text.of("notice.thanks")
				: Text.of("notice.data", note));
		return r.isFinalReport();
	}

	static GrantReport current(Grant g) {
		return g.currentReport().orElseThrow(() -> ConflictException.keyed("conflict.grant.noReportOutstanding", "Grant "
				+ g.getGrantRef() + " has no report outstanding", g.getGrantRef()));
	}

	private void tellNgo(Grant g, Text subject, Text body) {
		notifications.notifyOrganisation(g.getOrganisationId(), subject, body, GrantPaths.path(g.getId(), g.getGrantRef()));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}
}

package org.trustfund.home;

import java.util.Comparator;
import java.util.List;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.grants.GrantAccess;
import org.trustfund.grants.GrantLifecycleProcess;
import org.trustfund.grants.GrantQueries;
import org.trustfund.grants.GrantRow;
import org.trustfund.grants.ReportStatus;
import org.trustfund.notifications.Notification;
import org.trustfund.notifications.NotificationService;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.proposals.ProposalProgress;
import org.trustfund.proposals.ProposalVisibility;
import org.trustfund.security.AppUser;
import org.trustfund.security.Permission;
import org.trustfund.shared.Readable;

/**
 * An NGO member's section: the organisation and where its verification stands (what happens next and when), each of the organisation's proposals and its stage in words, the grant agreements
 * to accept with their deadline, the next report due, and the messages. Only the organisation's own records.
 */
@Component
@Order(30)
class NgoSection implements HomeSection {

	/** Messages listed on the home page, newest first. */
	static final int MESSAGES = 3;

	/**
	 * @param organisation the user's organisation (its name, status, sign-up date and reply deadline)
	 * @param agreements the organisation's "accept the agreement" tasks, soonest deadline first
	 * @param nextReport the grant whose report is due soonest (scheduled, open or to revise), or null
	 * @param messages the newest messages, each in the reader's language and time zone as {@code /messages} shows them
	 */
	record Figures(Organisation organisation, List<ProposalProgress.Progress> proposals, TaskFigures.Due agreements, GrantRow nextReport,
			long unread, List<NotificationService.Message> messages) {
	}

	private final ProposalVisibility proposals;
	private final ProposalProgress progress;
	private final TaskFigures tasks;
	private final GrantQueries grants;
	private final NotificationService notifications;
	private final OrganisationService organisations;

	NgoSection(ProposalVisibility proposals, ProposalProgress progress, TaskFigures tasks, GrantQueries grants,
			NotificationService notifications, OrganisationService organisations) {
		this.organisations = organisations;
		this.proposals = proposals;
		this.progress = progress;
		this.tasks = tasks;
		this.grants = grants;
		this.notifications = notifications;
	}

	@Override
	public boolean shows(AppUser user) {
		return user.can(Permission.WRITE_PROPOSAL) && user.organisationId() != null;
	}

	@Override
	public String fragment() {
		return "ngo";
	}

	@Override
	public Figures figures(AppUser user) {
		List<Notification> outbox = notifications.outbox(user.getUsername());
		return new Figures(organisations.get(user.organisationId()), proposals.visibleTo(user).stream().map(progress::of).toList(),
				tasks.of(user, GrantLifecycleProcess.KEY, GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK),
				nextReport(user), notifications.unread(user.getUsername()),
				outbox.subList(0, Math.min(MESSAGES, outbox.size())).stream().map(this::inReadersLanguage).toList());
	}

	/** The message as {@code /messages} shows it: its subject from its key and arguments, in the reader's language and zone. */
	private NotificationService.Message inReadersLanguage(Notification n) {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		TimeZone zone = context instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
		return notifications.inLanguage(n, LocaleContextHolder.getLocale(), zone == null ? Readable.ZONE : zone.toZoneId());
	}

	/** From the organisation's grants as its grants page lists them (its first page: the 50 newest grants). */
	private GrantRow nextReport(AppUser user) {
		return grants.page(GrantAccess.visibleTo(user, GrantQueries.Filter.ALL), 0).stream()
			.filter(g -> g.reportDue() != null && g.reportStatus() != null && g.reportStatus() != ReportStatus.ACCEPTED
					&& g.reportStatus() != ReportStatus.SUBMITTED)
			.min(Comparator.comparing(GrantRow::reportDue)).orElse(null);
	}
}

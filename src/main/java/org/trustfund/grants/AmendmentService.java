package org.trustfund.grants;

import org.springframework.modulith.NamedInterface;
import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.grants.Amendment.Kind;
import org.trustfund.notifications.NotificationService;
import org.trustfund.security.AppUser;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.Money;

/**
 * Amendments to a grant agreement: the NGO asks, the fund manager decides in {@code grantAmendment}. An
 * approved amendment writes the agreement's next version; an extension also moves the report timers.
 */
@Service
@NamedInterface("api")
public class AmendmentService {

	private final GrantService grants;
	private final Amendments amendments;
	private final AgreementVersions versions;
	private final GrantAccess access;
	private final GrantTimers timers;
	private final RuntimeService runtime;
	private final NotificationService notifications;
	private final Clock clock;

	AmendmentService(GrantService grants, Amendments amendments, AgreementVersions versions, GrantAccess access,
			GrantTimers timers, RuntimeService runtime, NotificationService notifications, Clock clock) {
		this.grants = grants;
		this.amendments = amendments;
		this.versions = versions;
		this.access = access;
		this.timers = timers;
		this.runtime = runtime;
		this.notifications = notifications;
		this.clock = clock;
	}

	public record Request(Kind kind, LocalDate newEndsOn, List<BigDecimal> newAmounts, String justification) {
	}

	@Transactional
	public Amendment request(long grantId, Request r, AppUser user) {
		Grant g = access.requireOwnNgo(user, grants.get(grantId));
		if (g.getStatus() != GrantStatus.ACTIVE) {
			throw ConflictException.keyed("conflict.grant.state", "Grant " + g.getGrantRef() + " is " + g.getStatus()
					+ " and cannot be amended", g.getGrantRef(), ValidationException.Keyed.state("grants.status.", g.getStatus()),
					ValidationException.Keyed.word("action.grant.amend", "amended"));
		}
		if (amendments.findByGrantIdOrderByIdDesc(grantId).stream().anyMatch(a -> a.getStatus() == Amendment.Status.REQUESTED)) {
			throw ConflictException.keyed("conflict.amendment.waiting", "An amendment of this grant already waits for a decision");
		}
		String why = r.justification() == null ? "" : r.justification().strip();
		if (why.isEmpty() || why.length() > 2000) {
			throw ValidationException.keyed("justification", "error.amendment.justification",
					"Explain why the agreement should change (up to 2000 characters)");
		}
		if (r.kind() == null) {
			throw ValidationException.keyed("kind", "error.amendment.kind", "Choose an extension or a budget reallocation");
		}
		String lines = null;
		if (r.kind() == Kind.EXTENSION) {
			if (r.newEndsOn() == null || !r.newEndsOn().isAfter(g.getEndsOn())) {
				throw ValidationException.keyed("newEndsOn", "error.amendment.newEnd", "Give a new end date after " + g.getEndsOn(),
						String.valueOf(g.getEndsOn()));
			}
			g.checkExtension(r.newEndsOn());
		}
		else {
			lines = reallocation(grants.currentVersion(grantId), r.newAmounts());
		}
		Amendment a = amendments.save(new Amendment(grantId, r.kind(), r.kind() == Kind.EXTENSION ? r.newEndsOn() : null,
				lines, why, user.getUsername(), clock.instant()));
		runtime.startProcessInstanceByKey(GrantAmendmentProcess.KEY, a.getId().toString(),
				Map.of(GrantAmendmentProcess.AMENDMENT_ID, a.getId()));
		notifications.notifyHolders(Permission.MANAGE_GRANTS, Text.of("notice.amendment.requested", g.getGrantRef()),
				Text.of("notice.data", why), GrantPaths.path(grantId, g.getGrantRef()));
		return a;
	}

	@Transactional
	public void approve(long amendmentId, String note, String actor) {
		Amendment a = get(amendmentId);
		Grant g = grants.get(a.getGrantId());
		AgreementVersion current = grants.currentVersion(g.getId());
		List<AgreementLine> lines = current.getLines();
		if (a.getKind() == Kind.EXTENSION) {
			g.extend(a.getNewEndsOn(), LocalDate.now(clock));
		}
		else {
			lines = apply(lines, a.getNewLines());
			g.reallocated();
		}
		versions.save(new AgreementVersion(g, a.getKind().name(), lines, current.getConditions(),
				a.getJustification() + (note == null || note.isBlank() ? "" : " — " + note), actor, clock.instant()));
		a.approve(g.getAgreementVersion(), note, actor, clock.instant());
		if (a.getKind() == Kind.EXTENSION) {
			timers.reschedule(g.getId());
		}
		notifications.notifyOrganisation(g.getOrganisationId(), Text.of("notice.amendment.approved"),
				Text.of("notice.amendment.approved.body", g.getGrantRef(), g.getAgreementVersion()),
				GrantPaths.path(g.getId(), g.getGrantRef()));
	}

	@Transactional
	public void refuse(long amendmentId, String reason, String actor) {
		Amendment a = get(amendmentId);
		a.refuse(reason, actor, clock.instant());
		Grant g = grants.get(a.getGrantId());
		notifications.notifyOrganisation(g.getOrganisationId(), Text.of("notice.amendment.refused"),
				Text.of("notice.data", reason), GrantPaths.path(g.getId(), g.getGrantRef()));
	}

	@Transactional(readOnly = true)
	public Amendment get(long id) {
		return amendments.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.amendment", "No amendment " + id, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<Amendment> of(long grantId) {
		return amendments.findByGrantIdOrderByIdDesc(grantId);
	}

	/** The new amounts, one per line, must keep the total unchanged. */
	private static String reallocation(AgreementVersion current, List<BigDecimal> amounts) {
		if (amounts == null || amounts.size() != current.getLines().size()
				|| amounts.stream().anyMatch(x -> x == null || x.signum() < 0 || x.stripTrailingZeros().scale() > 2)) {
			throw ValidationException.keyed("newAmounts", "error.amendment.lineAmounts", "Give a new amount (0 or more, in "
					+ Money.CURRENCY + ") for every budget line");
		}
		BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(current.total()) != 0) {
			throw ValidationException.keyed("newAmounts", "error.amendment.total", "The lines must still add up to "
					+ Money.CURRENCY + " " + current.total().toPlainString() + " (they add up to " + Money.CURRENCY + " "
					+ total.toPlainString() + ")", current.total().toPlainString(), total.toPlainString());
		}
		return amounts.stream().map(x -> x.setScale(2).toPlainString()).collect(Collectors.joining(";"));
	}

	private static List<AgreementLine> apply(List<AgreementLine> lines, String newAmounts) {
		List<BigDecimal> amounts = Arrays.stream(newAmounts.split(";")).map(BigDecimal::new).toList();
		List<AgreementLine> result = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			result.add(new AgreementLine(lines.get(i).category(), lines.get(i).description(), amounts.get(i)));
		}
		return result;
	}
}

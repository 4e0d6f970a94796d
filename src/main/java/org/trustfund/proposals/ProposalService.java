package org.trustfund.proposals;

import org.trustfund.security.AppUser;
import org.springframework.modulith.NamedInterface;
import org.trustfund.notifications.Text;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.files.Upload;
import org.trustfund.organisations.Organisation;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * An NGO's proposals: drafting, editing and attaching while a draft, then submission, which checks the
 * call's rules and starts the proposal's review process, all or nothing. Callers check who may act.
 */
@Service
@NamedInterface("api")
public class ProposalService {

	private final Proposals proposals;
	private final ProposalAttachments attachments;
	private final CallService calls;
	private final OrganisationService organisations;
	private final ProposalHistory history;
	private final RuntimeService runtime;
	private final Clock clock;
	private final Validator validator;
	private final ProposalChecklist checklist;

	ProposalService(Proposals proposals, ProposalAttachments attachments, CallService calls,
			OrganisationService organisations, ProposalHistory history, RuntimeService runtime, Clock clock,
			Validator validator, ProposalChecklist checklist) {
		this.validator = validator;
		this.checklist = checklist;
		this.proposals = proposals;
		this.attachments = attachments;
		this.calls = calls;
		this.organisations = organisations;
		this.history = history;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * Records a project of a reserve list imported from the fund's history, waiting on the list (status
	 * RESERVE_LIST), in the import's transaction.
	 * @param amount USD, scale 2, positive
	 * @return the new proposal's id
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public long importReserved(long callId, long organisationId, String title, String country, BigDecimal amount,
			int durationMonths, long importId, String importedBy) {
		Proposal p = proposals.save(Proposal.reservedBeforeTheSystem(callId, organisationId, title, country, amount,
				durationMonths, importId, importedBy, clock.instant()));
		history.internal(p, importedBy, "IMPORTED", "On the reserve list of the call before the fund used the system "
				+ "(history import " + importId + ")");
		return p.getId();
	}

	/** A new draft for an organisation, to a call that is open now. */
	@Transactional
	public Proposal draft(long callId, long organisationId, ProposalForm form, String actor) {
		Call call = calls.get(callId);
		if (!call.isPublished()) {
			throw NotFoundException.keyed("notFound.call", "No call " + callId, String.valueOf(callId));
		}
		if (!call.acceptsSubmissions(clock.instant())) {
			throw ValidationException.keyed("callId", "proposal.error.callClosed", "This call does not accept proposals now");
		}
		Proposal p = proposals.save(new Proposal(callId, organisationId, content(form), actor,
				clock.instant()));
		history.shared(p, actor, "DRAFTED", null);
		return p;
	}

	@Transactional
	public Proposal edit(long id, ProposalForm form, String actor) {
		Proposal p = get(id);
		p.edit(content(form));
		return p;
	}

	/** Attachments may be added to a draft, and while answering a clarification request. */
	@Transactional
	public ProposalAttachment attach(long id, Upload upload, String actor) {
		Proposal p = get(id);
		if (p.getStatus() != ProposalStatus.DRAFT && p.getStatus() != ProposalStatus.CLARIFICATION_REQUESTED) {
			throw new ProposalStateException("conflict.proposal.documents",
					"Documents can be added to drafts, or with an answer to a question");
		}
		ProposalAttachment a = attachments.save(new ProposalAttachment(id, upload, actor, clock.instant()));
		history.shared(p, actor, "DOCUMENT_ADDED", upload.fileName());
		return a;
	}

	/**
	 * Submits the proposal if it is complete ({@link ProposalChecklist}: every missing piece is listed, in the
	 * language of the current request) and the call's rules allow it, and starts its review, which runs the
	 * eligibility table and stops at the fund manager's screening. For callers that checked who may act.
	 */
	@Transactional
	public Proposal submit(long id, String actor) {
		return submitChecked(id, actor, p -> {
		});
	}

	/**
	 * As {@link #submit(long, String)}, with the caller's check of who may act run on the proposal as this
	 * transaction loads it, before anything is written: one read of the proposal and one transaction per
	 * submission (the API's and the page's submission, issue 15).
	 *
	 * @param mayAct throws (e.g. {@code AccessDeniedException}) to refuse; nothing is then changed
	 * @return the submitted proposal
	 * @throws NotFoundException if there is no proposal {@code id}
	 * @throws ProposalStateException, ValidationException when the proposal's or the call's rules refuse it
	 */
	@Transactional
	public Proposal submit(long id, String actor, java.util.function.Consumer<Proposal> mayAct) {
		return submitChecked(id, actor, mayAct);
	}

	private Proposal submitChecked(long id, String actor, java.util.function.Consumer<Proposal> mayAct) {
		Proposal p = get(id);
		mayAct.accept(p);
		Call call = calls.get(p.getCallId());
		Organisation org = organisations.get(p.getOrganisationId());
		Instant now = clock.instant();
		p.submit(actor, now, new ProposalRules.SubmissionTerms(call.getDeadlineAt(), ZoneId.of(call.getTimeZone()),
				call.acceptsSubmissions(now), call.getCeilingPerGrant().amount(), call.getMaxDurationMonths(), org.isVerified()),
				checklist.problems(p));
		history.shared(p, actor, "SUBMITTED", null);
		history.tellNgo(p, "notice.proposal.received", Text.of("notice.proposal.received.body", call.getTitle()));
		runtime.startProcessInstanceByKey(ReviewProcess.KEY, p.getId().toString(),
				Map.of(ReviewProcess.PROPOSAL_ID, p.getId(), ReviewProcess.ORGANISATION_ID, p.getOrganisationId()));
		return p;
	}

	/** Checks the form's annotations (whoever calls: API, page or test), then the budget against the amount. */
	private ProposalContent content(ProposalForm form) {
		Map<String, ValidationException.Keyed> errors = new LinkedHashMap<>();
		// the annotations' messages, as the validator wrote them (they have no bundle key)
		validator.validate(form).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(),
				new ValidationException.Keyed("error.asWritten", v.getMessage(), v.getMessage())));
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return ProposalContent.check(form);
	}

	@Transactional(readOnly = true)
	public Proposal get(long id) {
		return proposals.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.proposal", "No proposal " + id, String.valueOf(id)));
	}

	/**
	 * @return proposal {@code id}, or empty when there is none (for callers that must not tell a missing proposal
	 *         from another organisation's, see {@link ProposalVisibility#readable(AppUser, long)})
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Proposal> find(long id) {
		return proposals.findById(id);
	}

	@Transactional(readOnly = true)
	public String title(long id) {
		return proposals.findTitleById(id).orElseThrow(() -> NotFoundException.keyed("notFound.proposal", "No proposal " + id, String.valueOf(id)));
	}

	/** Titles by id, in one query, for task lists. */
	@Transactional(readOnly = true)
	public Map<Long, String> titles(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: proposals.findTitles(ids).stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
	}

	@Transactional(readOnly = true)
	public List<Proposal> ofOrganisation(long organisationId) {
		return proposals.findByOrganisationIdOrderByIdDesc(organisationId);
	}

	@Transactional(readOnly = true)
	public List<Proposal> ofCall(long callId) {
		return proposals.findByCallIdOrderById(callId);
	}

	/** The latest proposals of every call, for the fund's staff. */
	@Transactional(readOnly = true)
	public List<Proposal> latest() {
		return proposals.findTop500ByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public List<Proposal> withIds(List<Long> ids) {
		return ids.isEmpty() ? List.of() : proposals.findByIdInOrderByIdDesc(ids);
	}

	@Transactional(readOnly = true)
	public List<ProposalAttachment> attachments(long id) {
		return attachments.findByProposalIdOrderByIdAsc(id);
	}

	@Transactional(readOnly = true)
	public ProposalAttachment attachment(long id, long attachmentId) {
		return attachments.findById(attachmentId).filter(a -> a.getProposalId() == id)
			.orElseThrow(() -> NotFoundException.keyed("notFound.attachment", "No attachment " + attachmentId, String.valueOf(attachmentId)));
	}

	@Transactional(readOnly = true)
	public List<ProposalEvent> history(long id) {
		return history.of(id);
	}

	/**
	 * A proposal's documents and history, read in one transaction (what its API view shows besides the
	 * proposal itself).
	 *
	 * @param withHistory false to skip the history (those who may not see it get an empty list)
	 */
	@Transactional(readOnly = true)
	public Records records(long id, boolean withHistory) {
		return new Records(attachments.findByProposalIdOrderByIdAsc(id), withHistory ? history.of(id) : List.of());
	}

	/** A proposal's documents (oldest first) and history events (oldest first). */
	public record Records(List<ProposalAttachment> attachments, List<ProposalEvent> history) {
	}
}

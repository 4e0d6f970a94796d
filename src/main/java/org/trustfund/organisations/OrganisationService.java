package org.trustfund.organisations;

import org.springframework.context.MessageSource;
import org.trustfund.shared.Note;
import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.files.Upload;
import org.trustfund.notifications.NotificationService;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * Organisation onboarding: sign-up starts the onboarding process; the process's delegates call the
 * transitions below. Every transition is recorded in the organisation's history.
 */
@NamedInterface("api")
@Service
public class OrganisationService {

	private final Organisations organisations;
	private final OrganisationDocuments documents;
	private final OrganisationEvents events;
	private final UserService users;
	private final NotificationService notifications;
	private final RuntimeService runtime;
	private final Clock clock;
	private final MessageSource messages;

	OrganisationService(Organisations organisations, OrganisationDocuments documents, OrganisationEvents events,
			UserService users, NotificationService notifications, RuntimeService runtime, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.organisations = organisations;
		this.documents = documents;
		this.events = events;
		this.users = users;
		this.notifications = notifications;
		this.runtime = runtime;
		this.clock = clock;
	}

	/** Registers the organisation and its first member, and starts verification, all or nothing. */
	@Transactional
	public Organisation signUp(SignUp form, Upload document) {
		if (organisations.existsByCountryAndRegistrationNumberIgnoreCase(form.country().toUpperCase(),
				form.registrationNumber())) {
			throw ValidationException.keyed("registrationNumber", "error.organisation.registered",
					"An organisation with this registration number is already registered in this country");
		}
		Organisation org = organisations.save(new Organisation(form.name(), form.country(),
				form.registrationNumber(), form.address(), form.contactName(), form.contactEmail(), form.contactPhone(),
				new BankDetails(form.bankAccountHolder(), form.bankName(), form.bankAccount(),
						blankToNull(form.bankSwift())),
				clock.instant()));
		users.create(form.username(), form.contactName(), form.contactEmail(), form.password(),
				EnumSet.of(Role.NGO_MEMBER), org.getId());
		documents.save(new OrganisationDocument(org.getId(), document, form.username(), clock.instant()));
		record(org, form.username(), "SIGNED_UP", null);
		runtime.startProcessInstanceByKey(OnboardingProcess.KEY, org.getId().toString(),
				Map.of(OnboardingProcess.ORGANISATION_ID, org.getId()));
		notifications.notifyOrganisation(org.getId(), Text.of("notice.org.received"),
				Text.of("notice.org.received.body", org.getName()), link(org));
		return org;
	}

	@Transactional
	public void approve(long id, String actor) {
		Organisation org = get(id);
		org.approve(actor, clock.instant());
		record(org, actor, "VERIFIED", null);
		notifications.notifyOrganisation(id, Text.of("notice.org.verified"),
				Text.of("notice.org.verified.body", org.getName()), link(org));
	}

	@Transactional
	public void reject(long id, String actor, String reason) {
		Organisation org = get(id);
		org.reject(reason);
		record(org, actor, "REJECTED", reason);
		notifications.notifyOrganisation(id, Text.of("notice.org.rejected"),
				Text.of("notice.org.rejected.body", org.getName(), reason), link(org));
	}

	@Transactional
	public void requestInformation(long id, String actor, String request, Date replyDue) {
		Organisation org = get(id);
		org.requestInformation(request, replyDue.toInstant());
		record(org, actor, "INFORMATION_REQUESTED", request);
		notifications.notifyOrganisation(id, Text.of("notice.org.information"),
				Text.of("notice.org.information.body", request, replyDue.toInstant()), "/tasks");
	}

	@Transactional
	public void provideInformation(long id, String actor, String reply) {
		Organisation org = get(id);
		org.provideInformation(reply);
		record(org, actor, "INFORMATION_PROVIDED", reply);
		notifications.notifyHolders(Permission.VERIFY_ORGANISATIONS, Text.of("notice.org.answered"),
				Text.of("notice.org.answered.body", org.getName(), reply), link(org));
	}

	@Transactional
	public void remindToReply(long id) {
		Organisation org = get(id);
		record(org, "system", "REMINDER_SENT", null);
		notifications.notifyOrganisation(id, "Reminder: the secretariat is waiting for your reply",
				"Please answer: " + org.getInfoRequest(), "/tasks");
	}

	@Transactional
	public void replyOverdue(long id) {
		Organisation org = get(id);
		org.replyOverdue();
		recordNote(org, "system", "REPLY_OVERDUE", Note.of("note.organisation.replyOverdue"));
	}

	@Transactional
	public void attach(long id, Upload document, String actor) {
		Organisation org = get(id);
		documents.save(new OrganisationDocument(id, document, actor, clock.instant()));
		record(org, actor, "DOCUMENT_ADDED", document.fileName());
	}

	@Transactional(readOnly = true)
	public Organisation get(long id) {
		return organisations.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.organisation", "No organisation " + id, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<Organisation> all() {
		return organisations.findAllByOrderByName();
	}

	/** @return how many organisations are in {@code status} (the organisations list filtered by it) */
	@Transactional(readOnly = true)
	public long count(OrganisationStatus status) {
		return organisations.count((root, query, cb) -> cb.equal(root.get("status"), status));
	}

	@Transactional(readOnly = true)
	public List<OrganisationDocument> documents(long id) {
		return documents.findByOrganisationIdOrderByIdAsc(id);
	}

	@Transactional(readOnly = true)
	public OrganisationDocument document(long organisationId, long documentId) {
		return documents.findById(documentId).filter(d -> d.getOrganisationId() == organisationId)
			.orElseThrow(() -> NotFoundException.keyed("notFound.document", "No document " + documentId, String.valueOf(documentId)));
	}

	@Transactional(readOnly = true)
	public List<OrganisationEvent> history(long id) {
		return events.findByOrganisationIdOrderByAtAscIdAsc(id);
	}

	/** A line with a note the system wrote: shown in each reader's language, kept in English too. */
	private void recordNote(Organisation org, String actor, String action, Note note) {
		events.save(new OrganisationEvent(org.getId(), clock.instant(), actor, action, note.english(messages), note));
	}

	private void record(Organisation org, String actor, String action, String note) {
		events.save(new OrganisationEvent(org.getId(), clock.instant(), actor, action, note));
	}

	private static String link(Organisation org) {
		return "/organisations/" + org.getId();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}

package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
import org.trustfund.security.Permission;
import org.trustfund.notifications.Text;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.notifications.NotificationService;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;

/**
 * Calls for proposals: a fund manager drafts and publishes; publishing starts the call's process,
 * whose delegates call the later transitions.
 */
@Service
@NamedInterface("api")
public class CallService {

	private final Calls calls;
	private final RuntimeService runtime;
	private final NotificationService notifications;
	private final Clock clock;
	private final Validator validator;

	CallService(Calls calls, RuntimeService runtime, NotificationService notifications, Clock clock,
			Validator validator) {
		this.calls = calls;
		this.validator = validator;
		this.runtime = runtime;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional
	public Call draft(CallForm form, String actor) {
		return calls.save(new Call(rules(form), actor, clock.instant()));
	}

	@Transactional
	public Call update(long id, CallForm form) {
		Call call = get(id);
		call.update(rules(form));
		return call;
	}

	/** Opens the call to NGOs and starts its process, whose timer closes submissions at the deadline. */
	@Transactional
	public Call publish(long id, String actor) {
		Call call = get(id);
		call.publish(clock.instant());
		runtime.startProcessInstanceByKey(CallProcess.KEY, call.getId().toString(),
				Map.of(CallProcess.CALL_ID, call.getId()));
		notifications.notifyHolders(Permission.WRITE_PROPOSAL, Text.of("notice.call.new", call.getTitle()),
				Text.of("notice.call.new.body",
						call.getSubmissionDeadline().atZone(java.time.ZoneId.of(call.getTimeZone()))),
				link(call));
		return call;
	}

	@Transactional
	public void closeSubmissions(long id) {
		Call call = get(id);
		call.closeSubmissions();
		notifications.notifyHolders(Permission.MANAGE_CALLS, Text.of("notice.call.closed", call.getTitle()),
				Text.of("notice.call.closed.body"), link(call));
	}

	@Transactional
	public void startRecommendation(long id) {
		get(id).startRecommendation();
	}

	@Transactional
	public void handToBoard(long id) {
		Call call = get(id);
		call.handToBoard();
		notifications.notifyHolders(Permission.VOTE, Text.of("notice.call.recommendation", call.getTitle()),
				Text.of("notice.call.recommendation.body"), link(call) + "/recommendation");
	}

	/** The Board's outcome is applied to every proposal the call handed over. */
	@Transactional
	public void decide(long id) {
		get(id).decide();
	}

	@Transactional(readOnly = true)
	public Call get(long id) {
		return calls.findById(id).orElseThrow(() -> NotFoundException.keyed("notFound.call", "No call " + id, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<Call> all() {
		return calls.findAllByOrderByDeadlineAtDesc();
	}

	/** Calls NGOs may see: every published one. */
	@Transactional(readOnly = true)
	public List<Call> published() {
		return calls.findByStatusInOrderByDeadlineAtDesc(EnumSet.complementOf(EnumSet.of(CallStatus.DRAFT)));
	}

	/** When the call's deadline timer fires. */
	@Transactional(readOnly = true)
	public Date deadline(long id) {
		return Date.from(get(id).getDeadlineAt());
	}

	/** Checks the form's annotations (whoever calls: API, page or test), then the rules between fields. */
	private CallRules rules(CallForm form) {
		Map<String, ValidationException.Keyed> errors = new LinkedHashMap<>();
		// the annotations' messages, as the validator wrote them (they have no bundle key)
		validator.validate(form).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(),
				new ValidationException.Keyed("error.asWritten", v.getMessage(), v.getMessage())));
		if (!errors.isEmpty()) {
			throw ValidationException.keyed(errors);
		}
		return CallRules.check(form);
	}

	private static String link(Call call) {
		return "/calls/" + call.getId();
	}
}

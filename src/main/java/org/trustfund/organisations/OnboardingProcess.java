package org.trustfund.organisations;

/** Names in {@code bpmn/organisation-onboarding.bpmn}. */
public final class OnboardingProcess {

	public static final String KEY = "organisationOnboarding";

	public static final String VERIFY_TASK = "verifyOrganisation";
	public static final String PROVIDE_INFORMATION_TASK = "provideInformation";

	/** The only business variable: the organisation's id (also the business key). */
	public static final String ORGANISATION_ID = "organisationId";
	/** Routing flag set by the verification task: {@code approve}, {@code reject} or {@code requestInformation}. */
	public static final String DECISION = "decision";
	/** The reason, question or reply: a task form field (recorded in {@code task_completion}; delegates read it from there, never from the variable). */
	public static final String NOTE = "note";

	public static final String APPROVE = "approve";
	public static final String REJECT = "reject";
	public static final String REQUEST_INFORMATION = "requestInformation";

	private OnboardingProcess() {
	}
}

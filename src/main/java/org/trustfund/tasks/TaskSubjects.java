package org.trustfund.tasks;

/** Says what a process instance concerns (an organisation, a proposal) for the task lists. */
public interface TaskSubjects {

	String processKey();

	Subject describe(String businessKey);

	record Subject(String label, String link) {
		public static Subject unknown(String businessKey) {
			return new Subject(businessKey == null ? "" : businessKey, null);
		}
	}
}

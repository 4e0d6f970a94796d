package org.trustfund.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** Says what a process instance concerns (an organisation, a proposal) for the task lists. */
@NamedInterface("spi")
public interface TaskSubjects {

	String processKey();

	Subject describe(String businessKey);

	/** Describes many at once; a feature with hundreds of open tasks overrides it with one query. */
	default Map<String, Subject> describeAll(Collection<String> businessKeys) {
		Map<String, Subject> subjects = new HashMap<>();
		businessKeys.forEach(key -> subjects.put(key, describe(key)));
		return subjects;
	}

	@NamedInterface("spi")
	record Subject(String label, String link) {
		public static Subject unknown(String businessKey) {
			return new Subject(businessKey == null ? "" : businessKey, null);
		}
	}
}

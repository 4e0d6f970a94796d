package org.trustfund.proposals.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.trustfund.proposals.CriterionScore;

/**
 * A reviewer's scores and comments as they travel from the task form to the delegate that records
 * them: a transient JSON variable, so that the engine never stores them.
 */
record ScoreSheet(List<CriterionScore> scores, String comments) {

	private static final ObjectMapper JSON = new ObjectMapper();

	String toJson() {
		try {
			return JSON.writeValueAsString(this);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static ScoreSheet fromJson(String json) {
		try {
			return JSON.readValue(json, ScoreSheet.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Unreadable score sheet", e);
		}
	}
}

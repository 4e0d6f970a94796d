package org.trustfund.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** A text's coded arguments as a JSON array of strings in one column. */
final class TextArgs {

	private static final ObjectMapper JSON = new ObjectMapper();

	private TextArgs() {
	}

	static String write(List<String> args) {
		try {
			return JSON.writeValueAsString(args);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Arguments that cannot be written", e);
		}
	}

	static List<String> read(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<List<String>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored arguments that cannot be read: " + json, e);
		}
	}
}

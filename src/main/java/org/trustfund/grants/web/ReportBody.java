package org.trustfund.grants.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the API's JSON report into the task form's fields, so that both are validated alike. */
final class ReportBody {

	private ReportBody() {
	}

	static Map<String, String> fields(Map<String, Object> body) {
		Map<String, String> f = new HashMap<>();
		for (String group : org.trustfund.grants.ReportFields.GROUPS) {
			f.put(group, text(body.get(group)));
		}
		f.put("narrative", text(body.get("narrative")));
		if (body.get("services") instanceof Map<?, ?> services) {
			services.forEach((k, v) -> f.put("service_" + k, text(v)));
		}
		if (body.get("spent") instanceof List<?> spent) {
			for (int i = 0; i < spent.size(); i++) {
				f.put("spent" + i, text(spent.get(i)));
			}
		}
		return f;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}

package org.trustfund.security.camunda;

import java.util.regex.Pattern;

/** SQL LIKE ({@code %} and {@code _}) as Camunda's queries use it, evaluated in memory. */
final class Like {

	private Like() {
	}

	static boolean matches(String pattern, String value) {
		if (pattern == null) {
			return true;
		}
		if (value == null) {
			return false;
		}
		StringBuilder regex = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			switch (c) {
				case '%' -> regex.append(".*");
				case '_' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(value).matches();
	}
}

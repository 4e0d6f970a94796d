package org.trustfund.setup;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser over plain HTTP: one cookie jar (the session cookie goes to every node on localhost, whatever
 * its port), the login form with its CSRF token, and GET requests. Tests only.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	/** The login page's CSRF token, read from {@code baseUrl}; the session cookie is kept. */
	String csrfToken(String baseUrl) throws IOException, InterruptedException {
		HttpResponse<String> page = get(baseUrl, "/login", "text/html");
		Matcher token = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException("No login form at " + baseUrl + ": " + page.statusCode());
		}
		return token.group(1);
	}

	/** Posts the login form to {@code baseUrl}; returns where it redirects ({@code /} on success). */
	String logIn(String baseUrl, String token, String username, String password)
			throws IOException, InterruptedException {
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302) {
			throw new IllegalStateException("Login answered " + response.statusCode() + ": " + response.body());
		}
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	/** Logs in at {@code baseUrl} with a token read there; true when the login succeeded. */
	boolean logIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
		return logIn(baseUrl, csrfToken(baseUrl), username, password).equals("/");
	}

	HttpResponse<String> get(String baseUrl, String path, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}

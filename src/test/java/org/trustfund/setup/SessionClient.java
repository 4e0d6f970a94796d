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
 * An API client that logs in once through the login form (one BCrypt check) and then sends JSON requests with
 * its session cookie and CSRF token to any node: the session lives in the shared database. Tests only.
 */
final class SessionClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager()).build();
	private String token;

	/** Logs in at {@code baseUrl} and reads the session's CSRF token from the home page. */
	SessionClient(String baseUrl, String username, String password) throws IOException, InterruptedException {
		String loginToken = token(baseUrl, "/login");
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(loginToken);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Login of " + username + " failed: " + login.statusCode() + " " + location);
		}
		token = token(baseUrl, "/");
	}

	/**
	 * Posts {@code json} (null: no body) to {@code baseUrl + path}.
	 * @return the response body
	 * @throws IllegalStateException if the status is not {@code expected}
	 */
	String post(String baseUrl, String path, String json, int expected) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", "application/json").header("X-CSRF-TOKEN", token);
		request = json == null ? request.POST(HttpRequest.BodyPublishers.noBody())
				: request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private String token(String baseUrl, String path) throws IOException, InterruptedException {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		Matcher match = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !match.find()) {
			throw new IllegalStateException("No CSRF token on " + baseUrl + path + ": " + page.statusCode());
		}
		return match.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}

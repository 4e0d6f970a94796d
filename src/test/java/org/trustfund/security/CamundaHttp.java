package org.trustfund.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.trustfund.TestData;

/**
 * Requests to Camunda's webapps and engine APIs on a real server, as one user (HTTP Basic, password
 * {@link TestData#PASSWORD}). Requests to the webapps' engine API ({@code /camunda/api/...}) that change
 * something carry the token of Camunda's own CSRF filter, taken from a page load as a browser does, so
 * that what answers them is our rules and the engine, not that filter.
 */
final class CamundaHttp {

	private final int port;
	private final String username;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
	private String xsrfToken;

	CamundaHttp(int port, String username) {
		this.port = port;
		this.username = username;
	}

	HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null);
	}

	/** Sends a JSON body (or none if {@code json} is null). */
	HttpResponse<String> send(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, text/html")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (username != null) {
			request.header("Authorization", basic(username));
		}
		if (!method.equals("GET") && path.startsWith("/camunda/api/")) {
			request.header("X-XSRF-TOKEN", xsrfToken());
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Sends the request line exactly as given (no normalisation by a client library) and returns the
	 * status code and the response head and body as one string, e.g. {@code "403\n...problem+json..."}.
	 */
	static String raw(int port, String method, String target, String username) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			String request = method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
					+ (username == null ? "" : "Authorization: " + basic(username) + "\r\n")
					+ "Accept: application/json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			String text = response.toString(StandardCharsets.UTF_8);
			return text.substring(9, 12) + "\n" + text;
		}
	}

	private String xsrfToken() throws Exception {
		if (xsrfToken == null) {
			HttpResponse<String> page = get("/camunda/app/cockpit/default/");
			xsrfToken = page.headers().firstValue("X-XSRF-TOKEN")
				.or(() -> cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
					.map(HttpCookie::getValue).findFirst())
				.orElse("none");
		}
		return xsrfToken;
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}
}

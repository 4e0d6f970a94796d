package org.trustfund.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.trustfund.proposals.Fixtures;

/** HTTP calls to a running test server as a user (HTTP Basic, the fixtures' password), alone or at once. */
final class HttpCalls {

	private final HttpClient http = HttpClient.newHttpClient();
	private final int port;

	HttpCalls(int port) {
		this.port = port;
	}

	HttpRequest.Builder request(String method, String path, String user, String contentType, byte[] body) {
		HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			r.header("Content-Type", contentType);
		}
		if (user != null) {
			String credentials = user + ":" + Fixtures.PASSWORD;
			r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return r;
	}

	HttpResponse<String> json(String method, String path, String user, String json) throws Exception {
		return send(request(method, path, user, "application/json",
				json == null ? null : json.getBytes(StandardCharsets.UTF_8)).header("Accept", "application/json"));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sends the same request from {@code n} threads released at the same instant; the answers' statuses. */
	List<Integer> atOnce(int n, Callable<HttpResponse<String>> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> a : answers) {
				statuses.add(a.get().statusCode());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}
}

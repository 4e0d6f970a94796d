package org.trustfund.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustfund.ServerTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * A history file of 50 MB, over real HTTP (Tomcat's multipart limits take part): the application's upload
 * limit (10 MB by default) refuses it before it is read, with 413 problem details for the API and a message
 * for the page; nothing is stored.
 */
@ServerTest
class HistoryUploadLimitTest {

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired UserService users;

	@Test
	void aFileOfFiftyMegabytesIs413AndNothingIsStored() throws Exception {
		String fm = TestData.unique("hist_limit");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		long uploads = jdbc.queryForObject("select count(*) from history_upload", Long.class);
		long imports = jdbc.queryForObject("select count(*) from history_import", Long.class);
		byte[] body = multipart(50);
		HttpClient http = HttpClient.newHttpClient();
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((fm + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (String path : new String[] { "/api/history/donors/preview", "/api/history/donors" }) {
			HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "multipart/form-data; boundary=XYZ").header("Authorization", basic)
				.header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(api.statusCode()).as(api.body()).isEqualTo(413);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(api.body()).contains("larger than the limit of 10 MB");
		}
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/history/donors/preview")).header("Content-Type", "multipart/form-data; boundary=XYZ")
			.header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("10 MB");
		assertThat(jdbc.queryForObject("select count(*) from history_upload", Long.class)).isEqualTo(uploads);
		assertThat(jdbc.queryForObject("select count(*) from history_import", Long.class)).isEqualTo(imports);
	}

	private static byte[] multipart(int megabytes) {
		String head = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"donors.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nreference,name,kind\n";
		byte[] start = head.getBytes(StandardCharsets.US_ASCII);
		byte[] end = "\r\n--XYZ--\r\n".getBytes(StandardCharsets.US_ASCII);
		byte[] all = new byte[start.length + megabytes * 1024 * 1024 + end.length];
		java.util.Arrays.fill(all, start.length, all.length - end.length, (byte) 'a');
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(end, 0, all, all.length - end.length, end.length);
		return all;
	}
}

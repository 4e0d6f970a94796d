package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** English and Arabic stay in step, and Arabic pages are laid out right to left. */
@IntegrationTest
class MessageBundlesTest {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[(}]");

	@Autowired
	MockMvc mvc;
	@Autowired
	UserService users;

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		Properties english = load("messages.properties");
		Properties arabic = load("messages_ar.properties");
		assertThat(new TreeSet<>(arabic.stringPropertyNames())).as("keys of messages_ar.properties")
			.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
	}

	/** A key given twice silently keeps the last value: one of the two texts is never shown. */
	@Test
	void noKeyIsGivenTwice() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_ar.properties" }) {
			Set<String> seen = new TreeSet<>();
			Set<String> twice = new TreeSet<>();
			Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8).stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
				.map(line -> line.substring(0, line.indexOf('=')).strip())
				.forEach(key -> {
					if (!seen.add(key)) {
						twice.add(key);
					}
				});
			assertThat(twice).as("keys given twice in %s", bundle).isEmpty();
		}
	}

	/** MessageFormat reads a lone apostrophe as a quote: "Reviewer's score {0}" would never show the score. */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_ar.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as("keys with {n} and a lone apostrophe in %s", bundle)
				.filteredOn(key -> messages.getProperty(key).matches("(?s).*\\{\\d}.*")
						&& messages.getProperty(key).replace("''", "").contains("'"))
				.isEmpty();
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_ar.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as("keys with an empty value in %s", bundle)
				.filteredOn(key -> messages.getProperty(key).isBlank()).isEmpty();
		}
	}

	@Test
	void everyKeyNamedInATemplateExists() throws IOException {
		Properties english = load("messages.properties");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
				while (keys.find()) {
					if (!english.containsKey(keys.group(1))) {
						missing.add(template.getFileName() + ": " + keys.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void arabicPagesAreRightToLeftAndTheChoiceSticks() throws Exception {
		MvcResult arabic = mvc.perform(get("/login").param("lang", "ar")).andExpect(status().isOk())
			.andExpect(cookie().value("tf-lang", "ar")).andReturn();
		assertRightToLeft(arabic.getResponse().getContentAsString());
		assertThat(arabic.getResponse().getContentAsString()).contains("تسجيل الدخول");

		Cookie choice = arabic.getResponse().getCookie("tf-lang");
		String later = mvc.perform(get("/signup").cookie(choice)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertRightToLeft(later);

		String english = mvc.perform(get("/login").cookie(choice).param("lang", "en")).andExpect(status().isOk())
			.andExpect(cookie().value("tf-lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("<html lang=\"en\" dir=\"ltr\">").doesNotContain("rtl.css");
	}

	@Test
	void pagesOfLoggedInUsersSwitchToo() throws Exception {
		String username = TestData.unique("i18n_fm");
		TestData.staff(users, username, Role.FUND_MANAGER);
		String page = mvc.perform(get("/tasks").param("lang", "ar").with(httpBasic(username, TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertRightToLeft(page);
		assertThat(page).contains("مهامي");
	}

	private static void assertRightToLeft(String html) {
		// the right-to-left style sheet, addressed by its content (Layout.asset)
		assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">").containsPattern("href=\"/css/rtl-[0-9a-f]{32}\\.css\"");
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}

package org.trustfund.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * "My profile" and the administrators' token page: a token's secret appears once, in the answer to its
 * creation, and never again in a page, an API answer or the log; owners and administrators revoke.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenPagesTest {

	private static final Pattern SECRET = Pattern.compile("tfg_[A-Za-z0-9_-]{43}");

	@Autowired MockMvc mvc;
	@Autowired UserService users;

	@Test
	void secretIsShownOnceAndNeverLoggedOrShownAgain(CapturedOutput output) throws Exception {
		String reviewer = TestData.unique("tok_reviewer");
		TestData.staff(users, reviewer, Role.REVIEWER);
		MockHttpSession session = TestData.login(mvc, reviewer);

		String home = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("href=\"/profile\"");
		String created = mvc.perform(post("/profile/tokens").session(session).with(csrf()).param("name", "laptop")
			.param("validityDays", "30")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher m = SECRET.matcher(created);
		assertThat(m.find()).as("the new token is on the page").isTrue();
		String token = m.group();
		assertThat(created).contains("laptop").contains(token.substring(0, 8) + "…");

		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token + "x"))
			.andExpect(status().isUnauthorized());

		String profile = mvc.perform(get("/profile").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(profile).contains("laptop").contains(token.substring(0, 8)).doesNotContain(token)
			.doesNotContain(TokenSecrets.hash(token));
		String list = mvc.perform(get("/api/me/tokens").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(token).doesNotContain(TokenSecrets.hash(token));
		assertThat(output.getAll()).doesNotContain(token.substring(8)).doesNotContain(TokenSecrets.hash(token));
	}

	@Test
	void ownerRevokesOnTheProfilePage() throws Exception {
		String trustee = TestData.unique("tok_trustee");
		TestData.staff(users, trustee, Role.TRUSTEE);
		MockHttpSession session = TestData.login(mvc, trustee);
		String created = mvc.perform(post("/profile/tokens").session(session).with(csrf()).param("name", "phone"))
			.andReturn().getResponse().getContentAsString();
		Matcher m = SECRET.matcher(created);
		assertThat(m.find()).isTrue();
		String token = m.group();
		Matcher id = Pattern.compile("/profile/tokens/(\\d+)/revoke").matcher(created);
		assertThat(id.find()).isTrue();

		mvc.perform(post("/profile/tokens/" + id.group(1) + "/revoke").session(session).with(csrf()))
			.andExpect(redirectedUrl("/profile"));
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		String profile = mvc.perform(get("/profile").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(profile).contains("phone").doesNotContain("/profile/tokens/" + id.group(1) + "/revoke");
	}

	@Test
	void formRefusesABlankNameWithAMessage() throws Exception {
		String fm = TestData.unique("tok_fm");
		TestData.staff(users, fm, Role.FUND_MANAGER);
		MockHttpSession session = TestData.login(mvc, fm);
		String page = mvc.perform(post("/profile/tokens").session(session).with(csrf()).param("name", "  "))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Give the token a name of 1 to 100 characters.");
		assertThat(SECRET.matcher(page).find()).isFalse();
	}

	@Test
	void administratorRevokesAnyonesTokenOnTheAdminPage() throws Exception {
		String owner = TestData.unique("tok_fm");
		TestData.staff(users, owner, Role.FUND_MANAGER);
		String created = mvc.perform(post("/profile/tokens").session(TestData.login(mvc, owner)).with(csrf())
			.param("name", "server")).andReturn().getResponse().getContentAsString();
		Matcher m = SECRET.matcher(created);
		assertThat(m.find()).isTrue();
		String token = m.group();
		String admin = TestData.unique("tok_admin");
		TestData.staff(users, admin, Role.ADMIN);
		MockHttpSession session = TestData.login(mvc, admin);

		String page = mvc.perform(get("/admin/tokens").param("user", owner).session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(owner).contains("server").doesNotContain(token);
		Matcher id = Pattern.compile("/admin/tokens/(\\d+)/revoke").matcher(page);
		assertThat(id.find()).isTrue();
		mvc.perform(get("/admin/tokens").session(TestData.login(mvc, owner))).andExpect(status().isForbidden());

		mvc.perform(post("/admin/tokens/" + id.group(1) + "/revoke").param("user", owner).session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/tokens?user=" + owner));
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(mvc.perform(get("/admin/users/" + owner).session(session)).andReturn().getResponse()
			.getContentAsString()).contains("/admin/tokens?user=" + owner);
	}
}

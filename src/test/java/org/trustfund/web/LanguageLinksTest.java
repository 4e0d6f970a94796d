package org.trustfund.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/** The language links keep the reader on the same page, and never point at a POST-only address. */
@IntegrationTest
class LanguageLinksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Test
	void linksSwitchTheLanguageOfTheCurrentPageKeepingItsQuery() throws Exception {
		String admin = TestData.staff(users, TestData.unique("lang"), Role.ADMIN).getUsername();
		mvc.perform(get("/admin/users?page=2&lang=en").with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(content().string(containsString("href=\"/admin/users?page=2&amp;lang=ar\"")));
	}

	@Test
	void afterAFormIsShownAgainWithErrorsTheLinksGoToTheStartPage() throws Exception {
		String admin = TestData.staff(users, TestData.unique("lang"), Role.ADMIN).getUsername();
		mvc.perform(post("/admin/users/new").with(csrf()).with(httpBasic(admin, TestData.PASSWORD))
			.param("username", "").param("displayName", ""))
			.andExpect(content().string(containsString("href=\"/?lang=ar\"")));
	}
}

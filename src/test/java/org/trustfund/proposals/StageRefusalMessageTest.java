package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;

/**
 * Editing or submitting a proposal no longer in draft is refused 409 naming its stage, in the reader's language,
 * not "someone else changed this record at the same time" (issue 16 probe 2). The error page shows the message
 * the status carries ({@code sendError(409, message)}).
 */
@IntegrationTest
class StageRefusalMessageTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired UserDetailsService details;

	private MockHttpServletResponse send(Fixtures.Ngo ngo, MockHttpServletRequestBuilder r, String lang) throws Exception {
		return mvc.perform(r.accept(MediaType.TEXT_HTML).cookie(new Cookie("tf-lang", lang))
			.with(user(details.loadUserByUsername(ngo.username()))).with(csrf())).andReturn().getResponse();
	}

	@Test
	void aSubmittedProposalsEditAndSubmitNameItsStage() throws Exception {
		Fixtures.Ngo ngo = fixtures.verifiedNgo("TH");
		Proposal p = fixtures.submitted(fixtures.openCall().getId(), ngo);

		MockHttpServletResponse edit = send(ngo, post("/proposals/" + p.getId() + "/edit").param("title", "New"), "en");
		assertThat(edit.getStatus()).isEqualTo(409);
		assertThat(edit.getErrorMessage()).contains("cannot be").doesNotContain("at the same time");
		assertThat(edit.getErrorMessage()).doesNotContain(p.getStatus().name());

		MockHttpServletResponse submit = send(ngo, post("/proposals/" + p.getId() + "/submit"), "en");
		assertThat(submit.getStatus()).isEqualTo(409);
		assertThat(submit.getErrorMessage()).contains("already submitted");

		MockHttpServletResponse arabic = send(ngo, post("/proposals/" + p.getId() + "/edit").param("title", "New"), "ar");
		assertThat(arabic.getStatus()).isEqualTo(409);
		assertThat(arabic.getErrorMessage()).startsWith("المقترح في حالة");
	}
}

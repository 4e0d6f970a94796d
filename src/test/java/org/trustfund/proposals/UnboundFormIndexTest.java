package org.trustfund.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;

/**
 * A crafted form field with an index the binder cannot reach ({@code lines[256].amount}, past Spring's auto-grow
 * limit of 256; {@code lines[-1]}; {@code lines[1000]}) is a 400 (the error page saying the request could not be
 * read), not a 500.
 */
@IntegrationTest
class UnboundFormIndexTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ProposalService proposals;
	@Autowired UserDetailsService details;

	@Test
	void aBudgetLineIndexPastTheBindersLimitIsABadRequest() throws Exception {
		Fixtures.Ngo owner = fixtures.verifiedNgo("TH");
		Proposal draft = proposals.draft(fixtures.openCall().getId(), owner.organisationId(),
				Fixtures.proposalForm("TH", "1000.00"), owner.username());
		for (String field : List.of("lines[256].amount", "lines[-1].amount", "lines[1000].amount")) {
			var response = mvc.perform(post("/proposals/" + draft.getId() + "/edit").param("title", "A title")
				.param(field, "5").accept(MediaType.TEXT_HTML).with(user(details.loadUserByUsername(owner.username())))
				.with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(field).isEqualTo(400);
		}
		assertThat(proposals.get(draft.getId()).getTitle()).isEqualTo(draft.getTitle());
	}
}

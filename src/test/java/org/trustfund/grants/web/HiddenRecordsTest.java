package org.trustfund.grants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalService;
import org.trustfund.users.Role;

/**
 * An NGO member cannot tell another organisation's grant or proposal from one that does not exist: both answer
 * the same 403 (issue 16 probe 2). The fund's staff keep 404 for a missing record.
 */
@IntegrationTest
class HiddenRecordsTest {

	private static final long NONE = 999_999_999L;

	@Autowired MockMvc mvc;
	@Autowired GrantFixtures grants;
	@Autowired Fixtures fixtures;
	@Autowired ProposalService proposals;
	@Autowired UserDetailsService details;

	private int status(String who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(details.loadUserByUsername(who))).with(csrf())).andReturn().getResponse()
			.getStatus();
	}

	@Test
	void anotherOrganisationsGrantAndAMissingGrantAnswerAlikeToAnNgo() throws Exception {
		Awarded theirs = grants.award("2500.00", 12);
		Fixtures.Ngo me = fixtures.verifiedNgo("TH");
		String fm = fixtures.user(Role.FUND_MANAGER);
		for (String url : List.of("/grants/" + theirs.grantRef(), "/grants/" + theirs.grantId(),
				"/api/grants/" + theirs.grantId(), "/grants/G-NO-SUCH-GRANT", "/grants/" + NONE, "/api/grants/" + NONE)) {
			assertThat(status(me.username(), get(url))).as(url).isEqualTo(403);
		}
		assertThat(status(me.username(), post("/api/grants/" + NONE + "/acceptance")
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"accept\"}"))).isEqualTo(403);
		for (long id : List.of(theirs.grantId(), NONE)) {
			assertThat(status(me.username(), post("/grants/" + id + "/amendments").param("kind", "EXTENSION")))
				.as("amend " + id).isEqualTo(403);
			assertThat(status(me.username(), post("/api/grants/" + id + "/amendments")
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"EXTENSION\"}"))).as("api amend " + id)
				.isEqualTo(403);
		}
		for (String url : List.of("/grants/G-NO-SUCH-GRANT", "/grants/" + NONE, "/api/grants/" + NONE)) {
			assertThat(status(fm, get(url))).as(url).isEqualTo(404);
		}
	}

	@Test
	void anotherOrganisationsProposalAndAMissingProposalAnswerAlikeToAnNgo() throws Exception {
		Fixtures.Ngo owner = fixtures.verifiedNgo("TH");
		Fixtures.Ngo me = fixtures.verifiedNgo("TH");
		String fm = fixtures.user(Role.FUND_MANAGER);
		Proposal draft = proposals.draft(fixtures.openCall().getId(), owner.organisationId(),
				Fixtures.proposalForm("TH", "1000.00"), owner.username());
		for (long id : List.of(draft.getId(), NONE)) {
			for (MockHttpServletRequestBuilder r : List.of(get("/proposals/" + id), get("/api/proposals/" + id),
					get("/proposals/" + id + "/process"), get("/proposals/" + id + "/attachments/1"),
					get("/api/proposals/" + id + "/reviews"), get("/proposals/" + id + "/edit"),
					post("/proposals/" + id + "/edit").param("title", "x"), post("/proposals/" + id + "/submit"),
					post("/api/proposals/" + id + "/submit"),
					put("/api/proposals/" + id).contentType(MediaType.APPLICATION_JSON).content("{}"))) {
				assertThat(status(me.username(), r)).as(id + " " + r.buildRequest(new org.springframework.mock.web
					.MockServletContext()).getRequestURI()).isEqualTo(403);
			}
		}
		assertThat(status(fm, get("/proposals/" + NONE))).isEqualTo(404);
		assertThat(status(fm, get("/api/proposals/" + NONE))).isEqualTo(404);
	}
}

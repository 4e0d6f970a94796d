package org.trustfund.grants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantFixtures.Awarded;

/**
 * The list APIs answer a page past the last one with an empty array (and the whole count in
 * {@code X-Total-Count}), so that a client paging until an empty list stops; the pages still show the last page.
 */
@IntegrationTest
class ApiPastLastPageTest {

	@Autowired MockMvc mvc;
	@Autowired GrantFixtures grants;
	@Autowired UserDetailsService details;

	private MockHttpServletResponse get(String who, String url) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
			.with(user(details.loadUserByUsername(who)))).andReturn().getResponse();
	}

	@Test
	void aPagePastTheLastIsEmptyOnTheApis() throws Exception {
		Awarded a = grants.award("2500.00", 12);
		String ngo = a.ngo().username();
		for (String list : new String[] { "/api/grants", "/api/proposals" }) {
			MockHttpServletResponse first = get(ngo, list + "?size=1&page=1");
			assertThat(first.getStatus()).as(list).isEqualTo(200);
			assertThat(first.getHeader("X-Total-Count")).as(list).isEqualTo("1");
			assertThat(first.getContentAsString()).as(list).startsWith("[{");
			MockHttpServletResponse past = get(ngo, list + "?size=1&page=99");
			assertThat(past.getStatus()).as(list).isEqualTo(200);
			assertThat(past.getHeader("X-Total-Count")).as(list).isEqualTo("1");
			assertThat(past.getContentAsString()).as(list).isEqualTo("[]");
		}
		// the page keeps showing the last page
		assertThat(get(ngo, "/grants?size=1&page=99").getContentAsString()).contains(a.grantRef());
	}
}

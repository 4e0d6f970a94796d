package org.trustfund.grants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.grants.GrantPaths;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** A grant's number matches its address: /grants/G-52 is grant G-52; /grants/31 (its id) leads there. */
@IntegrationTest
class GrantAddressTest {

	@Autowired MockMvc mvc;
	@Autowired GrantFixtures grants;
	@Autowired Fixtures fixtures;
	@Autowired UserDetailsService details;

	private MockHttpServletResponse get(String who, String url) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
			.with(user(details.loadUserByUsername(who)))).andReturn().getResponse();
	}

	@Test
	void theGrantPageLivesAtItsReferenceAndTheIdsAddressLeadsThere() throws Exception {
		Awarded a = grants.award("2500.00", 12);
		String fm = fixtures.user(Role.FUND_MANAGER);
		assertThat(a.grantRef()).isNotEqualTo(Long.toString(a.grantId()));

		MockHttpServletResponse byRef = get(fm, "/grants/" + a.grantRef());
		assertThat(byRef.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(byRef.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("h1").text()).contains(a.grantRef());

		MockHttpServletResponse byId = get(fm, "/grants/" + a.grantId());
		assertThat(byId.getStatus()).isEqualTo(302);
		assertThat(byId.getRedirectedUrl()).isEqualTo("/grants/" + a.grantRef());

		assertThat(get(fm, "/grants/G-NO-SUCH-GRANT").getStatus()).isEqualTo(404);
		assertThat(get(fm, "/grants/999999999").getStatus()).isEqualTo(404);

		// the lists and the NGO's own pages link to the reference
		Document list = Jsoup.parse(get(fm, "/grants?size=200").getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.select("table#grants a[href=/grants/" + a.grantRef() + "]")).hasSize(1);
		assertThat(list.select("table#grants a[href=/grants/" + a.grantId() + "]")).isEmpty();
		Document mine = Jsoup.parse(get(a.ngo().username(), "/grants").getContentAsString(StandardCharsets.UTF_8));
		assertThat(mine.select("a[href=/grants/" + a.grantRef() + "]")).isNotEmpty();
	}

	@Test
	void aReferenceThatCannotStandAsAnAddressKeepsTheId() {
		assertThat(GrantPaths.path(31, "G-52")).isEqualTo("/grants/G-52");
		assertThat(GrantPaths.path(31, "TF-2019.03_b")).isEqualTo("/grants/TF-2019.03_b");
		assertThat(GrantPaths.path(31, "2019")).isEqualTo("/grants/31");
		assertThat(GrantPaths.path(31, "TF/2019/03")).isEqualTo("/grants/31");
		assertThat(GrantPaths.path(31, "G 52")).isEqualTo("/grants/31");
		assertThat(GrantPaths.path(31, null)).isEqualTo("/grants/31");
		assertThat(GrantPaths.path(31, "..")).isEqualTo("/grants/31");
	}
}

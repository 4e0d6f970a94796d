package org.trustfund.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.grants.GrantFixtures.Awarded;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** Who may open each grants page and call each grants endpoint, role by role. */
@IntegrationTest
class GrantRolesTest {

	@Autowired GrantFixtures grants;
	@Autowired Fixtures fixtures;
	@Autowired GrantApiSupport api;

	String fm, trustee, admin, reviewer, otherNgo;
	Awarded a;
	String base;

	@BeforeEach
	void setUp() {
		fm = fixtures.user(Role.FUND_MANAGER);
		trustee = fixtures.user(Role.TRUSTEE);
		admin = fixtures.user(Role.ADMIN);
		reviewer = fixtures.user(Role.REVIEWER);
		otherNgo = fixtures.verifiedNgo("TH").username();
		a = grants.award("20000.00", 12);
		base = "/api/grants/" + a.grantId();
	}

	List<MockHttpServletRequestBuilder> reads() {
		return List.of(get("/grants"), get("/grants/" + a.grantRef()), get("/grants/export.csv"), get("/api/grants"),
				get("/api/grants/summary"), get("/api/grants/export.csv"), get(base));
	}

	List<MockHttpServletRequestBuilder> ngoWrites() throws Exception {
		return List.of(api.jsonPost(base + "/acceptance", Map.of("decision", "accept")),
				api.jsonPost(base + "/reports", Map.of("women", 1)),
				api.jsonPost(base + "/amendments", Map.of("kind", "EXTENSION", "justification", "x")),
				post("/grants/" + a.grantId() + "/amendments").param("kind", "EXTENSION"));
	}

	List<MockHttpServletRequestBuilder> fundManagerWrites() throws Exception {
		return List.of(api.jsonPost(base + "/disbursements", Map.of("amount", "1", "bankReference", "R")),
				api.jsonPost(base + "/reports/review", Map.of("decision", "accept")),
				api.jsonPost(base + "/refunds", Map.of("amount", "1", "reference", "R")),
				api.jsonPost("/api/grants/amendments/999999/decision", Map.of("decision", "approve")),
				post("/grants/" + a.grantId() + "/refunds").param("amount", "1").param("reference", "R"));
	}

	@Test
	void anonymousVisitorsGoToLoginAndTheApiAnswers401() throws Exception {
		assertThat(api.status(null, get("/grants"))).isEqualTo(302);
		assertThat(api.status(null, get("/grants/" + a.grantId()))).isEqualTo(302);
		assertThat(api.status(null, get("/grants/export.csv"))).isEqualTo(302);
		assertThat(api.status(null, get("/api/grants"))).isEqualTo(401);
		assertThat(api.status(null, get(base))).isEqualTo(401);
		assertThat(api.status(null, get("/api/grants/export.csv"))).isEqualTo(401);
		assertThat(api.status(null, api.jsonPost(base + "/disbursements", Map.of()))).isEqualTo(401);
	}

	@Test
	void administratorsAndReviewersSeeNoMoneyPages() throws Exception {
		for (String u : List.of(admin, reviewer)) {
			for (MockHttpServletRequestBuilder r : reads()) {
				assertThat(api.status(u, r)).as(u + " " + r).isEqualTo(403);
			}
			for (MockHttpServletRequestBuilder r : fundManagerWrites()) {
				assertThat(api.status(u, r)).as(u).isEqualTo(403);
			}
			for (MockHttpServletRequestBuilder r : ngoWrites()) {
				assertThat(api.status(u, r)).as(u).isEqualTo(403);
			}
		}
	}

	@Test
	void fundManagersAndTrusteesReadEveryGrantButTrusteesChangeNothing() throws Exception {
		for (String u : List.of(fm, trustee)) {
			for (MockHttpServletRequestBuilder r : reads()) {
				assertThat(api.status(u, r)).as(u + " " + r).isEqualTo(200);
			}
		}
		assertThat(api.call(trustee, get("/api/grants")).getContentAsString()).contains(a.grantRef());
		for (String u : List.of(trustee)) {
			for (MockHttpServletRequestBuilder r : fundManagerWrites()) {
				assertThat(api.status(u, r)).as(u).isEqualTo(403);
			}
			for (MockHttpServletRequestBuilder r : ngoWrites()) {
				assertThat(api.status(u, r)).as(u).isEqualTo(403);
			}
		}
	}

	@Test
	void fundManagersDoNotActForTheNgo() throws Exception {
		for (MockHttpServletRequestBuilder r : ngoWrites()) {
			assertThat(api.status(fm, r)).isEqualTo(403);
		}
		assertThat(grants.task(a.instanceId(), GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK)).isNotNull();
	}

	@Test
	void theNgoSeesItsOwnGrantsAndNoFundWideFigures() throws Exception {
		String owner = a.ngo().username();
		assertThat(api.status(owner, get("/grants"))).isEqualTo(200);
		assertThat(api.status(owner, get("/grants/" + a.grantRef()))).isEqualTo(200);
		assertThat(api.status(owner, get("/grants/" + a.grantId()))).isEqualTo(302);
		assertThat(api.status(owner, get(base))).isEqualTo(200);
		assertThat(api.call(owner, get("/api/grants")).getContentAsString()).contains(a.grantRef());
		assertThat(api.status(owner, get("/grants/export.csv"))).isEqualTo(403);
		assertThat(api.status(owner, get("/api/grants/export.csv"))).isEqualTo(403);
		assertThat(api.status(owner, get("/api/grants/summary"))).isEqualTo(403);
		for (MockHttpServletRequestBuilder r : fundManagerWrites()) {
			assertThat(api.status(owner, r)).isEqualTo(403);
		}
	}

	@Test
	void theGrantsApiSearchesAsThePageDoesAndNamesUnusableParameters() throws Exception {
		Awarded other = grants.award("10000.00", 12);
		var found = api.call(trustee, get("/api/grants").param("q", a.ngo().username()));
		assertThat(found.getContentAsString()).contains(a.grantRef()).doesNotContain("\"" + other.grantRef() + "\"");
		assertThat(found.getHeader("X-Total-Count")).isEqualTo("1");
		assertThat(api.call(trustee, get("/api/grants").param("q", other.ngo().username())).getContentAsString())
			.contains(other.grantRef()).doesNotContain("\"" + a.grantRef() + "\"");
		assertThat(api.call(a.ngo().username(), get("/api/grants").param("q", other.ngo().username()))
			.getContentAsString()).as("an NGO searches its own grants only").isEqualTo("[]");
		var bad = api.call(trustee, get("/api/grants").param("status", "QQ").param("from", "2026-13-45")
			.accept(org.springframework.http.MediaType.APPLICATION_JSON));
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("\"status\"", "\"from\"");
	}

	@Test
	void anotherOrganisationsNgoCannotSeeOrActOnTheGrant() throws Exception {
		assertThat(api.call(otherNgo, get("/api/grants")).getContentAsString()).doesNotContain(a.grantRef());
		assertThat(api.call(otherNgo, get("/grants")).getContentAsString()).doesNotContain(a.grantRef());
		assertThat(api.status(otherNgo, get("/grants/" + a.grantId()))).isEqualTo(403);
		assertThat(api.status(otherNgo, get("/grants/" + a.grantRef()))).isEqualTo(403);
		assertThat(api.status(otherNgo, get(base))).isEqualTo(403);
		for (MockHttpServletRequestBuilder r : ngoWrites()) {
			assertThat(api.status(otherNgo, r)).isEqualTo(403);
		}
		assertThat(grants.task(a.instanceId(), GrantLifecycleProcess.ACCEPT_AGREEMENT_TASK)).isNotNull();
	}
}

package org.trustfund.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.Contribution;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.users.UserService;

/**
 * Every page and endpoint of donors and the ledger, as every role. Fund managers may do everything;
 * trustees (and the Board chair) read balances only; NGO members, reviewers and administrators see
 * none of it. Requests of allowed roles carry invalid input, so they change nothing.
 */
@IntegrationTest
class LedgerAccessTest {

	static final Set<String> FUND_MANAGERS = Set.of(TestUsers.FUND_MANAGER);
	static final Set<String> BALANCE_READERS = Set.of(TestUsers.FUND_MANAGER, TestUsers.TRUSTEE, TestUsers.CHAIR);
	static final List<String> ROLES = List.of(TestUsers.FUND_MANAGER, TestUsers.TRUSTEE, TestUsers.CHAIR,
			TestUsers.REVIEWER, TestUsers.ADMIN, TestUsers.NGO);

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService details;
	@Autowired
	LedgerReports reports;

	static long donor;
	static long pledge;
	static long contribution;
	static long entry;

	@BeforeEach
	void data(@Autowired UserService users, @Autowired OrganisationService organisations,
			@Autowired DonorService donors, @Autowired PledgeService pledges,
			@Autowired ContributionService contributions) {
		TestUsers.ensure(users, organisations);
		if (donor != 0 && reports.entry(entry) != null) {
			return;
		}
		Donor d = donors.create(new DonorForm("Access Foundation " + UUID.randomUUID(), DonorKind.FOUNDATION, "",
				false, "", "", ""), "test");
		Pledge p = pledges.create(new PledgeForm(d.getId(), new BigDecimal("1000"), "EUR", LocalDate.now().plusDays(9),
				null), "test");
		Contribution c = contributions.record(new ContributionForm(d.getId(), null, LocalDate.now(),
				new BigDecimal("10"), "USD", new BigDecimal("10"), "ACCESS-" + UUID.randomUUID(), false, null), "test");
		donor = d.getId();
		pledge = p.getId();
		contribution = c.getId();
		entry = c.getLedgerEntryId();
	}

	record Endpoint(HttpMethod method, String path, String json, Set<String> allowed) {
		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static Stream<Endpoint> endpoints() {
		List<Endpoint> all = new ArrayList<>();
		for (String page : List.of("/donors", "/donors/new", "/donors/{d}", "/donors/{d}/edit", "/pledges",
				"/pledges/new", "/pledges/{p}", "/contributions", "/contributions/new", "/contributions/{c}",
				"/contributions/{c}/receipt", "/ledger/entries/{e}", "/ledger/export.csv", "/api/donors",
				"/api/donors/{d}", "/api/pledges", "/api/pledges/{p}", "/api/contributions", "/api/contributions/{c}",
				"/api/ledger", "/api/ledger/{e}")) {
			all.add(new Endpoint(HttpMethod.GET, page, null, FUND_MANAGERS));
		}
		for (String read : List.of("/ledger", "/ledger/balances", "/ledger/balances?reconcile=true",
				"/api/ledger/balances", "/api/ledger/reconciliation")) {
			all.add(new Endpoint(HttpMethod.GET, read, null, BALANCE_READERS));
		}
		for (String form : List.of("/donors", "/donors/{d}", "/pledges", "/pledges/{p}/write-off", "/contributions",
				"/ledger/entries/{e}/correct", "/ledger/reserve")) {
			all.add(new Endpoint(HttpMethod.POST, form, null, FUND_MANAGERS));
		}
		all.add(new Endpoint(HttpMethod.POST, "/api/donors", "{}", FUND_MANAGERS));
		all.add(new Endpoint(HttpMethod.PUT, "/api/donors/{d}", "{}", FUND_MANAGERS));
		all.add(new Endpoint(HttpMethod.POST, "/api/pledges", "{}", FUND_MANAGERS));
		all.add(new Endpoint(HttpMethod.POST, "/api/pledges/{p}/write-off", "{\"reason\":\"\"}", FUND_MANAGERS));
		all.add(new Endpoint(HttpMethod.POST, "/api/contributions", "{}", FUND_MANAGERS));
		all.add(new Endpoint(HttpMethod.POST, "/api/ledger/{e}/corrections", "{\"reason\":\"\"}", FUND_MANAGERS));
		all.add(new Endpoint(HttpMethod.PUT, "/api/ledger/operating-reserve", "{}", FUND_MANAGERS));
		return all.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void onlyTheRightRolesGetThrough(Endpoint endpoint) throws Exception {
		long entriesBefore = reports.dashboard().entryCount();
		for (String role : ROLES) {
			int status = mvc.perform(request(endpoint).with(user(TestUsers.as(details, role)))).andReturn().getResponse()
				.getStatus();
			if (endpoint.allowed().contains(role)) {
				assertThat(status).as("%s as %s", endpoint, role).isNotIn(401, 403).isLessThan(500);
				if (endpoint.method() == HttpMethod.GET && !endpoint.path().equals("/ledger")) {
					assertThat(status).as("%s as %s", endpoint, role).isEqualTo(200);
				}
			}
			else {
				assertThat(status).as("%s as %s", endpoint, role).isEqualTo(403);
			}
		}
		int anonymous = mvc.perform(request(endpoint)).andReturn().getResponse().getStatus();
		assertThat(anonymous).as("%s without login", endpoint).isIn(endpoint.path().startsWith("/api") ? List.of(401)
				: List.of(302, 403));
		assertThat(reports.dashboard().entryCount()).as("nothing was recorded").isEqualTo(entriesBefore);
	}

	private MockHttpServletRequestBuilder request(Endpoint endpoint) {
		String path = endpoint.path().replace("{d}", "" + donor).replace("{p}", "" + pledge)
			.replace("{c}", "" + contribution).replace("{e}", "" + entry);
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(endpoint.method(), path).with(csrf());
		if (endpoint.json() != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(endpoint.json());
		}
		return builder;
	}
}

package org.trustfund.donors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.PledgeForm;
import org.trustfund.donors.PledgeService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** The donors', pledges' and contributions' lists: filters, sort, paging, CSV of the view, empty states, bad addresses. */
@IntegrationTest
class DonorListsTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired DonorService donors;
	@Autowired PledgeService pledges;
	@Autowired ContributionService contributions;
	@Autowired UserDetailsService details;

	static String fm;
	static String tag;
	static Donor foundation;
	static Donor company;

	@BeforeEach
	void donors() {
		if (fm != null) {
			return;
		}
		fm = fixtures.user(Role.FUND_MANAGER);
		tag = Fixtures.unique("Dlst");
		foundation = donors.create(new DonorForm(tag + " Foundation", DonorKind.FOUNDATION, "", false, "", "", ""), fm);
		company = donors.create(new DonorForm(tag + " Company", DonorKind.COMPANY, "DE", false, "", "", ""), fm);
		for (int i = 1; i <= 3; i++) {
			pledges.create(new PledgeForm(foundation.getId(), new BigDecimal(i * 100 + ".00"), "USD",
					LocalDate.of(2030, i, 1), tag + " earmark"), fm);
			contributions.record(new ContributionForm(company.getId(), null, LocalDate.of(2025, i, 10),
					new BigDecimal(i * 10 + ".00"), "USD", new BigDecimal(i * 10 + ".00"), tag + "-REF-" + i, false, null), fm);
		}
	}

	Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(user(details.loadUserByUsername(fm)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	String csv(String url) throws Exception {
		return mvc.perform(get(url).with(user(details.loadUserByUsername(fm)))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static List<String> firstCells(Document d, String table) {
		return d.select("#" + table + " tbody tr td:first-child").eachText();
	}

	@Test
	void donorsAreFilteredByTypeAndSearchedByName() throws Exception {
		Document d = page("/donors?q=" + tag + "&kind=COMPANY");
		assertThat(firstCells(d, "donors")).containsExactly(tag + " Company");
		assertThat(d.select("#kind option[selected]").val()).isEqualTo("COMPANY");
		assertThat(csv("/donors/export.csv?q=" + tag + "&kind=COMPANY").split("\r\n")).hasSize(2);
		assertThat(page("/donors?q=" + tag + "&country=DE").select("#donors tbody tr")).hasSize(1);
		assertThat(page("/donors?q=" + tag + "&kind=INDIVIDUAL").select(".empty").text())
			.isEqualTo("No donor matches these filters.");
	}

	@Test
	void pledgesSortByAmountPageAndExportTheFilteredView() throws Exception {
		Document d = page("/pledges?q=" + tag + "&sort=amount&dir=desc&size=2");
		assertThat(d.select("#pledges tbody tr td:nth-child(3)").eachText()).containsExactly("USD 300.00", "USD 200.00");
		assertThat(d.select(".pager").text()).contains("Page 1 of 2");
		assertThat(d.select("th[aria-sort=descending]").text()).contains("Amount");
		String csv = csv("/pledges/export.csv?q=" + tag + "&sort=amount&dir=desc&size=2&from=2030-02-01");
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[1]).contains(",300.00,");
		assertThat(lines[2]).contains(",200.00,");
	}

	@Test
	void contributionsFilterByDonorAndDateReceived() throws Exception {
		Document d = page("/contributions?donorId=" + company.getId() + "&from=2025-02-01&to=2025-03-31&sort=received");
		assertThat(d.select("#contributions tbody tr td:nth-child(5)").eachText())
			.containsExactly(tag + "-REF-2", tag + "-REF-3");
		String csv = csv("/contributions/export.csv?donorId=" + company.getId() + "&from=2025-02-01&to=2025-03-31");
		assertThat(csv).contains(tag + "-REF-2", tag + "-REF-3").doesNotContain(tag + "-REF-1");
		assertThat(page("/contributions?q=" + tag + "-REF-9").select(".empty").text())
			.isEqualTo("No contribution matches these filters.");
	}

	@Test
	void badParametersShowAMessageAndTheUnfilteredList() throws Exception {
		Document d = page("/pledges?q=" + tag + "&sort=donorSecret&from=2030-02-30&status=LOST&donorId=abc");
		assertThat(d.select("[role=alert] li")).hasSize(4);
		assertThat(d.select("#pledges tbody tr")).hasSize(3);
	}

	@Test
	void othersThanTheFundManagerAreRefused() throws Exception {
		String trustee = fixtures.user(Role.TRUSTEE);
		for (String url : List.of("/donors", "/pledges/export.csv", "/contributions")) {
			mvc.perform(get(url).with(user(details.loadUserByUsername(trustee)))).andExpect(status().isForbidden());
		}
	}
}

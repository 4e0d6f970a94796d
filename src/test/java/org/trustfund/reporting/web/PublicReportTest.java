package org.trustfund.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.trustfund.IntegrationTest;
import org.trustfund.donors.ContributionForm;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorForm;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.reporting.FundReport;
import org.trustfund.reporting.FundReportService;
import org.trustfund.reporting.ReportPeriod;
import org.trustfund.reporting.ReportSettings;

/**
 * The public version of the report, switched on ({@code trustfund.report.public=true}) without a Spring context of
 * its own: the page controller is built here with that setting around the application's beans, and its page is
 * rendered by the application's template engine. No donor's name (anonymous or not), no list of amounts per donor,
 * no link to a donor's statement or a donor's ledger rows, no personal data.
 */
@IntegrationTest
class PublicReportTest {

	@Autowired
	FundReportService reports;
	@Autowired
	ReportCharts charts;
	@Autowired
	ReportPdf pdf;
	@Autowired
	SpringTemplateEngine templates;
	@Autowired
	WebApplicationContext web;
	@Autowired
	ObjectMapper json;

	static String anonymousName;
	static String namedDonor;

	@BeforeEach
	void data(@Autowired DonorService donors, @Autowired ContributionService contributions) {
		if (anonymousName != null) {
			return;
		}
		String tag = UUID.randomUUID().toString().substring(0, 6);
		anonymousName = "Silent Patron " + tag;
		namedDonor = "Open Hand Foundation " + tag;
		Donor anonymous = donors.create(new DonorForm(anonymousName, DonorKind.INDIVIDUAL, "", true, "", "", ""), "test");
		Donor named = donors.create(new DonorForm(namedDonor, DonorKind.FOUNDATION, "", false, "", "", ""), "test");
		contributions.record(new ContributionForm(anonymous.getId(), null, reports.today(), new BigDecimal("777777.00"),
				"USD", new BigDecimal("777777.00"), "PUB-" + tag + "-1", false, null), "test");
		contributions.record(new ContributionForm(named.getId(), null, reports.today(), new BigDecimal("654321.00"), "USD",
				new BigDecimal("654321.00"), "PUB-" + tag + "-2", false, null), "test");
	}

	@Test
	void thePublicReportCarriesNoDonorNamesNorAmountsPerDonor() throws Exception {
		FundReport staff = reports.report(new ReportPeriod(null, reports.today()), false);
		assertThat(staff.moneyIn().largestDonors()).as("the staff report lists the largest donors")
			.anySatisfy(d -> assertThat(d.name()).isEqualTo(namedDonor))
			.anySatisfy(d -> assertThat(d.donorId()).isNull());
		FundReport open = reports.report(new ReportPeriod(null, reports.today()), true);
		assertThat(open.publicVersion()).isTrue();
		assertThat(open.moneyIn().largestDonors()).isEmpty();
		assertThat(open.moneyIn().total()).isEqualByComparingTo(staff.moneyIn().total());
		String data = json.writeValueAsString(open);
		assertThat(data).doesNotContain(anonymousName, namedDonor, "donorId", "largestDonors\":[{");
	}

	@Test
	void thePublicPageSwitchedOnShowsTheFiguresWithoutDonorsOrPersonalData() throws Exception {
		FundReportPageController on = new FundReportPageController(reports, charts, pdf,
				new ReportSettings(null, null, true));
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("ar") }) {
			String html = render(on, locale);
			assertThat(html).contains("<svg", "<table").doesNotContain(anonymousName, namedDonor,
					"/reports/donors/", "donorId=", "/reports/fund.pdf", "mailto:", "<script",
					locale == Locale.ENGLISH ? "Largest donors" : "أكبر المانحين");
			// No link into the staff pages (ledger, grants, pledges, reserve lists, calls): the public cannot follow them.
			assertThat(html).doesNotContain("href=\"/ledger", "href=\"/grants/", "href=\"/pledges",
					"href=\"/reserve/", "href=\"/calls/", "href=\"/reports/fund/");
			Files.writeString(Path.of("target", "public-report-" + locale.getLanguage() + ".html"), html);
		}
		String staffHtml = render(new FundReportPageController(reports, charts, pdf, new ReportSettings(null, null, true)),
				Locale.ENGLISH, false);
		assertThat(staffHtml).as("the same template for staff names the donor").contains(namedDonor, "654,321.00");
		assertThat(staffHtml).as("and links its figures to the rows every reader may open").contains("href=\"/reports/fund/")
			.as("but not to the ledger for a reader who may not open it").doesNotContain("href=\"/ledger");
	}

	private String render(FundReportPageController controller, Locale locale) {
		return render(controller, locale, true);
	}

	private String render(FundReportPageController controller, Locale locale, boolean publicPage) {
		MockHttpServletRequest request = new MockHttpServletRequest(web.getServletContext(), "GET",
				publicPage ? "/public/report" : "/reports/fund");
		MockHttpServletResponse response = new MockHttpServletResponse();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
		LocaleContextHolder.setLocale(locale);
		try {
			ExtendedModelMap model = new ExtendedModelMap();
			String view = publicPage ? controller.publicPage(null, null, null, model, locale)
					: controller.page(null, null, null, model, locale);
			WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(web.getServletContext())
				.buildExchange(request, response), locale);
			context.setVariables(model);
			context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new ThymeleafEvaluationContext(web, null));
			return templates.process(view, context);
		} finally {
			RequestContextHolder.resetRequestAttributes();
			LocaleContextHolder.resetLocaleContext();
		}
	}
}

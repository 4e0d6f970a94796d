package org.trustfund.ledger.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.ledger.FundLedger;
import org.trustfund.ledger.LedgerReports;
import org.trustfund.notifications.NotificationService;
import org.trustfund.security.AppUser;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.users.Role;

/**
 * Web slice (issue 11 item 7): the ledger API's parameters, request bodies and error mapping, with the
 * controller, the application's controller advice and Spring MVC only; the ledger and its reports are mocks, so
 * a refused request is seen never to reach them.
 */
@WebMvcTest(controllers = LedgerApiController.class,
		// the error pages (the upload limits' advice answers with them) and the bounded dates in JSON, as the application has them
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.trustfund\\.web\\.(ErrorPages|DateRange)"),
		properties = "spring.config.location=optional:classpath:/;optional:classpath:/config/")
@ActiveProfiles("test")
class LedgerApiWebSliceTest {

	private static final AppUser FUND_MANAGER = AppUser.of("slice_fm", "Slice FM", "{noop}x", true, null,
			EnumSet.of(Role.FUND_MANAGER));

	@Autowired MockMvc mvc;
	@MockitoBean FundLedger ledger;
	@MockitoBean LedgerReports reports;
	@MockitoBean NotificationService notifications;
	/** For the calls' and proposals' pages' advice that tells an NGO member where its organisation stands. */
	@MockitoBean OrganisationService organisations;

	@Test
	void badFilterParametersAre400ProblemDetailsNamingThem() throws Exception {
		for (String[] bad : new String[][] { { "type", "GIFT" }, { "from", "2026-02-30" }, { "to", "soon" },
				{ "donorId", "x" }, { "page", "first" }, { "size", "many" } }) {
			mvc.perform(get("/api/ledger").param(bad[0], bad[1]).with(user(FUND_MANAGER)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors." + bad[0]).isString());
		}
		mvc.perform(get("/api/ledger/abc").with(user(FUND_MANAGER))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.id").isString());
		verifyNoInteractions(reports);
	}

	@Test
	void aPageIsAtMost500EntriesAndNeverBeforeTheFirst() throws Exception {
		when(reports.entries(any(), any())).thenAnswer(call -> new PageImpl<>(List.of(),
				call.getArgument(1, Pageable.class), 0));
		mvc.perform(get("/api/ledger").param("page", "-3").param("size", "10000").with(user(FUND_MANAGER)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(500))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/ledger").param("size", "0").with(user(FUND_MANAGER)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.size").value(1));
	}

	@Test
	void aReserveWithoutAnAmountOrWithFractionsOfACentIsAFieldErrorAndWritesNothing() throws Exception {
		for (String body : new String[] { "{\"reason\":\"r\"}", "{\"amount\":1.234,\"reason\":\"r\"}",
				"{\"amount\":\"lots\",\"reason\":\"r\"}" }) {
			mvc.perform(put("/api/ledger/operating-reserve").with(user(FUND_MANAGER)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors.amount").isString());
		}
		mvc.perform(put("/api/ledger/operating-reserve").with(user(FUND_MANAGER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"r\"}"))
			.andExpect(jsonPath("$.errors.amount").value("Give the new reserve"));
		verifyNoInteractions(ledger);
	}

	@Test
	void aRefusedCorrectionIs409AndAMissingEntry404() throws Exception {
		when(ledger.correct(eq(5L), any())).thenThrow(new ConflictException("Entry 5 is already corrected"));
		mvc.perform(post("/api/ledger/5/corrections").with(user(FUND_MANAGER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"twice\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.detail").value("Entry 5 is already corrected"));
		when(reports.entry(404L)).thenThrow(new NotFoundException("No ledger entry 404"));
		mvc.perform(get("/api/ledger/404").with(user(FUND_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No ledger entry 404"))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
	}
}

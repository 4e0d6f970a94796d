package org.trustfund.donors.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.PledgeService;
import org.trustfund.notifications.NotificationService;
import org.trustfund.security.AppUser;
import org.trustfund.shared.ConflictException;
import org.trustfund.shared.NotFoundException;
import org.trustfund.shared.ValidationException;
import org.trustfund.users.Role;

/**
 * Web slice (issue 11 item 7): the donors, pledges and contributions APIs' handling of unreadable bodies and bad
 * paths, and how the services' refusals reach the caller (400 with a message per field, 404, 409), with the
 * controllers, the application's controller advice and Spring MVC only; the services are mocks. A page gets the
 * status of a rule's error too (web.RuleErrorStatus), the error page then shows its message.
 */
@WebMvcTest(controllers = { DonorApiController.class, PledgeApiController.class, ContributionApiController.class,
		DonorPageController.class },
		// the error pages (the upload limits' advice answers with them) and the bounded dates in JSON, as the application has them
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.trustfund\\.web\\.(ErrorPages|DateRange)"),
		properties = "spring.config.location=optional:classpath:/;optional:classpath:/config/")
@ActiveProfiles("test")
class DonorApiWebSliceTest {

	private static final AppUser FUND_MANAGER = AppUser.of("slice_fm", "Slice FM", "{noop}x", true, null,
			EnumSet.of(Role.FUND_MANAGER));

	@Autowired MockMvc mvc;
	@MockitoBean DonorService donors;
	@MockitoBean PledgeService pledges;
	@MockitoBean ContributionService contributions;
	@MockitoBean NotificationService notifications;
	/** For the calls' and proposals' pages' advice that tells an NGO member where its organisation stands. */
	@MockitoBean OrganisationService organisations;

	@Test
	void aValueOfTheWrongTypeOrFormatNamesItsFieldAndReachesNoService() throws Exception {
		for (String[] bad : new String[][] { { "/api/donors", "kind", "{\"name\":\"X\",\"kind\":\"ALIEN\"}" },
				{ "/api/donors", "anonymous", "{\"name\":\"X\",\"anonymous\":\"perhaps\"}" },
				{ "/api/pledges", "amount", "{\"donorId\":1,\"amount\":\"lots\",\"currency\":\"USD\"}" },
				{ "/api/pledges", "expectedOn", "{\"donorId\":1,\"amount\":100,\"expectedOn\":\"+999999999-12-31\"}" },
				{ "/api/contributions", "receivedOn", "{\"donorId\":1,\"receivedOn\":\"yesterday\"}" },
				{ "/api/contributions", "donorId", "{\"donorId\":\"first\"}" } }) {
			mvc.perform(json(post(bad[0]), bad[2]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors." + bad[1]).isString());
		}
		mvc.perform(json(post("/api/pledges"), "{\"donorId\":1,\"amount\":100,\"expectedOn\":\"+999999999-12-31\"}"))
			.andExpect(jsonPath("$.errors.expectedOn").value(Matchers.containsString("between the years")));
		mvc.perform(json(post("/api/donors"), "{\"name\":")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/donors/abc").with(user(FUND_MANAGER))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.id").isString());
		verifyNoInteractions(donors, pledges, contributions);
	}

	@Test
	void theServicesRefusalsAre400WithAMessagePerField409And404() throws Exception {
		when(donors.create(any(), anyString())).thenThrow(new ValidationException("country",
				"A Member State needs its country"));
		mvc.perform(json(post("/api/donors"), "{\"name\":\"Ruritania\",\"kind\":\"MEMBER_STATE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors.country").value("A Member State needs its country"));

		when(contributions.record(any(), anyString()))
			.thenThrow(new ConflictException("A contribution with bank reference B-1 is already recorded"));
		mvc.perform(json(post("/api/contributions"), "{\"donorId\":1,\"amount\":100,\"bankReference\":\"B-1\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("A contribution with bank reference B-1 is already recorded"));

		doThrow(new ConflictException("Pledge 4 is paid")).when(pledges).writeOff(anyLong(), any(), anyString());
		mvc.perform(json(post("/api/pledges/4/write-off"), "{\"reason\":\"gone\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("Pledge 4 is paid"));

		when(pledges.get(99L)).thenThrow(new NotFoundException("No pledge 99"));
		mvc.perform(get("/api/pledges/99").with(user(FUND_MANAGER)))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No pledge 99"))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(user(FUND_MANAGER)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void aPageOfSomethingMissingIs404AndTheApiSaysSoInProblemDetails() throws Exception {
		when(donors.get(98L)).thenThrow(new NotFoundException("No donor 98"));
		mvc.perform(get("/donors/98").with(user(FUND_MANAGER)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/donors/98").with(user(FUND_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No donor 98"));
	}
}

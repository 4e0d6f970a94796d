package org.trustfund.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallService;
import org.trustfund.notifications.NotificationService;
import org.trustfund.security.AppUser;
import org.trustfund.users.Role;

/**
 * Web slice (issue 11 item 7): the calls API's validation of a call (bean validation of {@code CallForm}, null
 * elements in its lists) and who sees a draft, with the controller, the application's controller advice and
 * Spring MVC only; the call service is a mock, so an invalid call is seen never to reach it.
 */
@WebMvcTest(controllers = CallApiController.class,
		// the error pages (the upload limits' advice answers with them) and the bounded dates in JSON, as the application has them
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.trustfund\\.web\\.(ErrorPages|DateRange)"),
		properties = "spring.config.location=optional:classpath:/;optional:classpath:/config/")
@ActiveProfiles("test")
class CallApiWebSliceTest {

	private static final AppUser FUND_MANAGER = AppUser.of("slice_fm", "Slice FM", "{noop}x", true, null,
			EnumSet.of(Role.FUND_MANAGER));
	private static final AppUser NGO = AppUser.of("slice_ngo", "Slice NGO", "{noop}x", true, 1L, EnumSet.of(Role.NGO_MEMBER));

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@MockitoBean CallService calls;
	@MockitoBean NotificationService notifications;
	/** For the calls' and proposals' pages' advice that tells an NGO member where its organisation stands. */
	@MockitoBean OrganisationService organisations;

	@Test
	void anInvalidCallIsA400NamingEachFieldAndNeverReachesTheService() throws Exception {
		String answer = mvc.perform(post("/api/calls").with(user(FUND_MANAGER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"t\",\"services\":[null],"
					+ "\"priorityTargetGroups\":[null],\"criteria\":[null],\"eligibleCountries\":[null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn().getResponse().getContentAsString();
		JsonNode errors = json.readTree(answer).path("errors");
		assertThat(errors.fieldNames()).toIterable().anyMatch(f -> f.startsWith("services"))
			.contains("description", "openingDate", "submissionDeadline", "timeZone", "envelope");
		assertThat(errors.path("submissionDeadline").asText()).isEqualTo("Give the submission deadline");

		mvc.perform(put("/api/calls/3").with(user(FUND_MANAGER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":null}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.title").isString());
		mvc.perform(post("/api/calls").with(user(FUND_MANAGER)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"ceilingPerGrant\":\"a lot\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.ceilingPerGrant").isString());
		verifyNoInteractions(calls);
	}

	@Test
	void aDraftCallIsNotFoundForAnNgoAndShownToAFundManager() throws Exception {
		Call draft = mock(Call.class);
		when(draft.getId()).thenReturn(7L);
		when(draft.getTitle()).thenReturn("Draft call");
		when(draft.isPublished()).thenReturn(false);
		when(calls.get(7L)).thenReturn(draft);

		mvc.perform(get("/api/calls/7").with(user(NGO)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No call 7"));
		mvc.perform(get("/api/calls/7").with(user(FUND_MANAGER)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(7)).andExpect(jsonPath("$.title")
				.value("Draft call"));
		mvc.perform(get("/api/calls/seven").with(user(FUND_MANAGER)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.id").isString());
	}
}

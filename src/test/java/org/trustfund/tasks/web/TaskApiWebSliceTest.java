package org.trustfund.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.organisations.OrganisationService;
import org.trustfund.notifications.NotificationService;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskCounts;
import org.trustfund.tasks.TaskFilter;
import org.trustfund.tasks.TaskListService;
import org.trustfund.tasks.TaskPage;
import org.trustfund.users.Role;

/**
 * Web slice (issue 11 item 7): the task list API's parameters, error mapping and paging headers, with the
 * controller, the application's controller advice and Spring MVC only (no database, no engine), so it runs in
 * a fraction of a second once the slice is up. The service is a mock: bad parameters never reach it.
 */
@WebMvcTest(controllers = TaskApiController.class,
		// the error pages: the upload limits' advice answers with them
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.trustfund\\.web\\.ErrorPages"),
		properties = "spring.config.location=optional:classpath:/;optional:classpath:/config/")
@org.springframework.test.context.ActiveProfiles("test")
class TaskApiWebSliceTest {

	private static final AppUser FUND_MANAGER = AppUser.of("slice_fm", "Slice FM", "{noop}x", true, null,
			EnumSet.of(Role.FUND_MANAGER));

	@Autowired MockMvc mvc;
	@MockitoBean TaskListService taskList;
	@MockitoBean NotificationService notifications;
	/** For the calls' and proposals' pages' advice that tells an NGO member where its organisation stands. */
	@MockitoBean OrganisationService organisations;

	@Test
	void badParametersAre400ProblemDetailsNamingThemAndNeverReachTheService() throws Exception {
		for (String[] bad : new String[][] { { "page", "0" }, { "size", "201" }, { "size", "x" }, { "due", "soon" },
				{ "scope", "all" }, { "sort", "title" }, { "q", "x".repeat(101) } }) {
			mvc.perform(get("/api/tasks").param(bad[0], bad[1]).with(user(FUND_MANAGER)))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
				.andExpect(jsonPath("$.errors." + bad[0]).isString());
		}
		verifyNoInteractions(taskList);
	}

	@Test
	void aPageCarriesTheTotalAndTheLinksToTheOtherPagesWithItsFilter() throws Exception {
		when(taskList.list(any(), any())).thenAnswer(call -> new TaskPage(List.of(), call.getArgument(1, TaskFilter.class),
				120, new TaskCounts(120, 0, 120, 0, 0, List.of(), List.of())));
		String link = mvc.perform(get("/api/tasks").param("page", "2").param("size", "50").param("sort", "oldest")
			.with(user(FUND_MANAGER))).andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "120"))
			.andReturn().getResponse().getHeader("Link");
		assertThat(link).contains("rel=\"first\"", "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"")
			.contains("page=3").contains("sort=oldest");
	}

	@Test
	void anonymousCallersGet401() throws Exception {
		mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
		verifyNoInteractions(taskList);
	}
}

package org.trustfund.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.trustfund.IntegrationTest;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.ReviewSteps;
import org.trustfund.security.AppUser;

/**
 * The menu's unread-message count: counted for pages, not for handlers that answer a body (the API), where
 * nothing shows it (issue 15: it cost every API call a transaction and a count).
 */
@IntegrationTest
class UnreadMessagesTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired ReviewSteps steps;
	@Autowired NotificationService notifications;
	@Autowired UnreadMessages unreadMessages;
	@Autowired MessagesController messages;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void pagesShowTheCountAndApiAnswersDoNotCountIt() throws Exception {
		String member = fixtures.verifiedNgo("TH").username();
		notifications.notifyUser(member, "Hello", "A message to read", null);
		long unread = notifications.unread(member);
		assertThat(unread).isPositive();
		AppUser user = steps.user(member);

		Object onPage = mvc.perform(get("/messages").with(user(user))).andReturn().getModelAndView().getModel()
			.get("unreadMessages");
		assertThat(onPage).isEqualTo(unread);

		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		assertThat(unreadMessages.unread(handledBy("list", java.util.Map.class, org.springframework.ui.Model.class))).isEqualTo(unread);
		assertThat(unreadMessages.unread(handledBy("api"))).isZero();
		assertThat(mvc.perform(get("/api/messages").with(user(user))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	private MockHttpServletRequest handledBy(String method, Class<?>... parameters) throws NoSuchMethodException {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(messages, MessagesController.class.getDeclaredMethod(method, parameters)));
		return request;
	}
}

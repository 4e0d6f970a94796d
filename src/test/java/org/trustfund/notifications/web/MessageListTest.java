package org.trustfund.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.notifications.NotificationService;
import org.trustfund.proposals.Fixtures;
import org.trustfund.users.Role;

/** The messages list: only one's own, search, unread only, sort by subject, paging, empty states, bad addresses. */
@IntegrationTest
class MessageListTest {

	@Autowired MockMvc mvc;
	@Autowired Fixtures fixtures;
	@Autowired NotificationService notifications;
	@Autowired UserDetailsService details;

	Document page(String who, String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(user(details.loadUserByUsername(who)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aUserSearchesSortsAndPagesTheirOwnMessagesOnly() throws Exception {
		String me = fixtures.user(Role.FUND_MANAGER);
		String other = fixtures.user(Role.FUND_MANAGER);
		notifications.notifyUser(me, "Budget question", "Please look", null);
		notifications.notifyUser(me, "Agreement signed", "Done", null);
		notifications.notifyUser(me, "Report overdue", "Late", null);
		notifications.notifyUser(other, "Budget for someone else", "Not yours", null);
		Document d = page(me, "/messages?sort=subject&size=2");
		assertThat(d.select("#messages tbody tr td:first-child a").eachText())
			.containsExactly("Agreement signed", "Budget question");
		assertThat(d.select(".pager").text()).contains("Page 1 of 2");
		assertThat(page(me, "/messages?q=budget").select("#messages tbody tr td:first-child a").eachText())
			.containsExactly("Budget question");
		assertThat(page(me, "/messages?q=nothing-like-this").select(".empty").text())
			.isEqualTo("No message matches these filters.");
		assertThat(page(fixtures.user(Role.REVIEWER), "/messages").select(".empty").text()).startsWith("No messages yet");
	}

	@Test
	void aBadDateIsReportedAndLeftOut() throws Exception {
		String me = fixtures.user(Role.FUND_MANAGER);
		notifications.notifyUser(me, "Hello", "Hi", null);
		Document d = page(me, "/messages?from=yesterday&sort=body");
		assertThat(d.select("[role=alert]").text()).contains("yesterday", "body");
		assertThat(d.select("#messages tbody tr")).hasSize(1);
	}
}

package org.trustfund.board.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustfund.Chromium;
import org.trustfund.ServerTest;
import org.trustfund.proposals.Fixtures;
import org.trustfund.proposals.Recommendation;

/** A trustee logs in, opens the session, votes on each proposal in one form, in Chromium. */
@Tag("browser")
@ServerTest
class TrusteeVotesBrowserTest {

	@LocalServerPort int port;
	@Autowired SessionFixtures fx;
	@Autowired SessionService sessions;
	@Autowired Voting voting;

	WebDriver browser;
	Chromium chromium;

	@BeforeEach
	void openBrowser() throws Exception {
		chromium = Chromium.start(1280, 2000);
		browser = chromium.driver();
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void closeBrowser() throws Exception {
		ClockUtil.reset();
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aTrusteeVotesOnEveryProposalAtOnce() {
		SessionFixtures.Board board = fx.board("AT", "NG", "FR");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		long first = fx.proposal(call, org, "TH", "1000.00", 1, Recommendation.FUND);
		long second = fx.proposal(call, org, "TH", "2000.00", 2, Recommendation.RESERVE);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		String base = "http://localhost:" + port;

		chromium.logIn(base, board.trustee(1), Fixtures.PASSWORD);

		browser.get(base + "/board/sessions/" + session);
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Voting");
		browser.findElement(By.id("vote")).click();
		browser.findElement(By.id("choice_" + first + "_APPROVE")).click();
		browser.findElement(By.id("submitVotes")).click();
		assertThat(browser.findElement(By.id("choice_" + second + "-error")).getText())
			.isEqualTo("Choose approve, reject, abstain or recuse");

		browser.findElement(By.id("choice_" + first + "_APPROVE")).click();
		browser.findElement(By.id("choice_" + second + "_ABSTAIN")).click();
		browser.findElement(By.id("comment_" + second)).sendKeys("Good, but not a priority");
		browser.findElement(By.id("submitVotes")).click();

		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("The task is completed");
		assertThat(voting.votesOf(session, board.trustee(1))).extracting(v -> v.getChoice().name())
			.containsExactlyInAnyOrder("APPROVE", "ABSTAIN");
		browser.get(base + "/board/sessions/" + session);
		assertThat(browser.findElements(By.id("vote"))).isEmpty();
	}
}

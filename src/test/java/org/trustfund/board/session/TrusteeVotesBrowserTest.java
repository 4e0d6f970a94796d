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

	/**
	 * Issue 16 item 5: the ballot shows the recommendation in words, the score out of the rubric's maximum and the
	 * amount with thousands separators; "Approve all as recommended" fills the choices, the trustee changes one
	 * before submitting; a trustee recused from a project (its own country) sees it listed as recused.
	 */
	@Test
	void aTrusteeApprovesAllAsRecommendedThenChangesOne() {
		SessionFixtures.Board board = fx.board("AT", "NG", "TH");
		long call = fx.readyCall();
		long org = fx.ngo().organisationId();
		long fund = fx.proposal(call, org, "KE", "45000.00", 1, Recommendation.FUND);
		long reject = fx.proposal(call, org, "KE", "12500.00", 2, Recommendation.REJECT);
		long reserve = fx.proposal(call, org, "TH", "30000.00", 3, Recommendation.RESERVE);
		long session = sessions.convene(call, SessionKind.MEETING, "fundmanager").getId();
		String base = "http://localhost:" + port;

		chromium.logIn(base, board.trustee(1), Fixtures.PASSWORD);
		browser.get(base + "/board/sessions/" + session);
		browser.findElement(By.id("vote")).click();
		String item = browser.findElement(By.id("item-" + fund)).getText();
		assertThat(item).contains("USD 45,000.00").contains("The secretariat recommends: fund the project")
			.contains("score 80 / 15");
		assertThat(browser.findElement(By.id("item-" + reject)).getText()).contains("reject it");
		assertThat(browser.findElement(By.id("item-" + reserve)).getText()).contains("place it on the reserve list");

		browser.findElement(By.id("approve-all")).click();
		assertThat(browser.findElement(By.id("choice_" + fund + "_APPROVE")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("choice_" + reject + "_REJECT")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("choice_" + reserve + "_APPROVE")).isSelected()).isTrue();
		browser.findElement(By.id("choice_" + reserve + "_ABSTAIN")).click();
		browser.findElement(By.id("submitVotes")).click();

		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("The task is completed");
		assertThat(voting.votesOf(session, board.trustee(1)))
			.extracting(v -> v.getProposalId() + ":" + v.getChoice().name())
			.containsExactlyInAnyOrder(fund + ":APPROVE", reject + ":REJECT", reserve + ":ABSTAIN");

		browser.manage().deleteAllCookies();
		chromium.logIn(base, board.trustee(2), Fixtures.PASSWORD);
		browser.get(base + "/board/sessions/" + session);
		browser.findElement(By.id("vote")).click();
		assertThat(browser.findElement(By.id("item-" + reserve)).getAttribute("class")).contains("recused");
		assertThat(browser.findElement(By.id("item-" + reserve)).getText()).contains("Recused");
		assertThat(browser.findElements(By.id("choice_" + reserve + "_APPROVE"))).isEmpty();
		assertThat(browser.findElement(By.id("choice_" + fund + "_APPROVE")).isDisplayed()).isTrue();
	}
}

package org.trustfund.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.Call;
import org.trustfund.calls.CallForm;
import org.trustfund.calls.CallService;
import org.trustfund.calls.TargetGroup;
import org.trustfund.proposals.BudgetCategory;
import org.trustfund.proposals.Proposal;
import org.trustfund.proposals.ProposalForm;
import org.trustfund.proposals.ProposalService;
import org.trustfund.setup.StartupStep;
import org.trustfund.users.UserService;

/**
 * Demo profile only: an open call and one submitted proposal of the verified demo NGO (ngo1), created once
 * after the demo users, so that screening and review can be tried at once.
 */
@Component
@Profile("demo")
@Order(11)
class DemoProposals implements StartupStep {

	private final Clock clock;
	private final CallService calls;
	private final ProposalService proposals;
	private final UserService users;

	DemoProposals(CallService calls, ProposalService proposals, UserService users, Clock clock) {
		this.clock = clock;
		this.calls = calls;
		this.proposals = proposals;
		this.users = users;
	}

	@Override
	public void run() {
		if (!calls.all().isEmpty() || users.all().stream().noneMatch(u -> u.getUsername().equals("ngo1"))) {
			return;
		}
		LocalDateTime deadline = LocalDate.now(clock).plusDays(60).atTime(17, 0);
		Call call = calls.draft(new CallForm("Direct assistance to women and girls 2027",
				"Specialised NGO projects giving direct assistance to victims of trafficking, above all women and girls.",
				LocalDate.now(clock), deadline, "Europe/Vienna", Set.of("AFRICA", "ASIA", "AMERICAS"),
				EnumSet.of(TargetGroup.WOMEN, TargetGroup.GIRLS, TargetGroup.SEXUAL_EXPLOITATION),
				EnumSet.allOf(AssistanceService.class), new BigDecimal("60000.00"), 36, new BigDecimal("500000.00"),
				List.of("Relevance to the fund's mandate", "Quality of direct assistance", "Capacity of the organisation",
						"Realistic budget"),
				60, deadline.toLocalDate().plusMonths(12)), "fundmanager");
		calls.publish(call.getId(), "fundmanager");
		long organisationId = users.get("ngo1").getOrganisationId();
		Proposal p = proposals.draft(call.getId(), organisationId, new ProposalForm("Safe house for girls in Chiang Mai",
				"TH", EnumSet.of(TargetGroup.GIRLS, TargetGroup.SEXUAL_EXPLOITATION),
				EnumSet.of(AssistanceService.BASIC_SHELTER, AssistanceService.PSYCHOSOCIAL_SUPPORT), 60,
				new BigDecimal("45000.00"), 24, "A safe house with psychosocial care and schooling for girls who escaped "
						+ "sexual exploitation.", "Safe Haven contact", "ngo1@ngo.example",
				List.of(new ProposalForm.Line(BudgetCategory.STAFF, "Social workers", new BigDecimal("30000.00")),
						new ProposalForm.Line(BudgetCategory.SHELTER, "Rent and food", new BigDecimal("15000.00")))),
				"ngo1");
		proposals.attach(p.getId(), DemoWorkPlan.of(p.getTitle()), "ngo1");
		proposals.submit(p.getId(), "ngo1");
	}
}

package org.trustfund.proposals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.proposals.ProposalService;
import org.trustfund.proposals.Recommendation;
import org.trustfund.security.CurrentUser;
import org.trustfund.shared.ValidationException;

@RestController
@RequestMapping("/api/calls/{callId}")
@Tag(name = "Recommendations", description = "A call's proposals by stage, and its ranked recommendation")
class RecommendationApiController {

	private final ProposalService proposals;
	private final RankedViews ranked;

	RecommendationApiController(ProposalService proposals, RankedViews ranked) {
		this.proposals = proposals;
		this.ranked = ranked;
	}

	@GetMapping("/proposals")
	@PreAuthorize("hasAuthority('READ_ALL_PROPOSALS')")
	@Operation(summary = "Every proposal of the call with its stage")
	List<StageView> proposals(@PathVariable long callId) {
		return proposals.ofCall(callId).stream().map(StageView::of).toList();
	}

	@GetMapping("/recommendation")
	@PreAuthorize("hasAuthority('READ_RECOMMENDATION')")
	@Operation(summary = "The ranked recommendation: rank, final score and fund / reserve / reject per proposal")
	RankedView recommendation(@PathVariable long callId) {
		return ranked.of(callId);
	}

	@PostMapping("/recommendation/{proposalId}")
	@PreAuthorize("hasAuthority('ADJUST_RECOMMENDATION')")
	@Operation(summary = "Change one proposal's recommendation, with the reason (kept in its history)")
	RankedView adjust(@PathVariable long callId, @PathVariable long proposalId, @RequestBody Adjustment body) {
		if (body == null || body.recommendation() == null) {
			throw ValidationException.keyed("recommendation", "error.recommendation.chooseApi", "Choose FUND, RESERVE or REJECT");
		}
		ranked.adjust(callId, proposalId, body.recommendation(), body.reason(), CurrentUser.username());
		return ranked.of(callId);
	}

	record Adjustment(Recommendation recommendation, String reason) {
	}
}

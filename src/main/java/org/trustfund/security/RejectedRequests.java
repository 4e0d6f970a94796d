package org.trustfund.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers requests that Spring Security's firewall rejects (paths with {@code ..}, {@code //},
 * {@code ;}, encoded slashes or percent signs...) with problem details instead of the default 500:
 * 403 if the path, decoded, is for Camunda's webapps or engine APIs (where such spellings are attempts
 * to get around the rules), 400 for any other path.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	private final ProblemResponses problems;

	RejectedRequests(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
			throws IOException {
		if (CamundaPaths.targetsCamunda(request)) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
					"Camunda's webapps and engine APIs answer only plainly written addresses");
		}
		else {
			problems.write(request, response, HttpStatus.BAD_REQUEST, "Bad Request", "The address is not a plain path: " + e.getMessage());
		}
	}
}

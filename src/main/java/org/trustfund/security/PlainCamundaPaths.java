package org.trustfund.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 403 problem details every request that the container routes to Camunda's webapps or
 * engine APIs but whose raw path does not spell that plainly ({@code /api/../engine-rest/},
 * {@code /engine-rest;x=1/}, {@code //engine-rest/}, {@code /engine-r%65st/}); see
 * {@link CamundaPaths#plainlyWritten}. It must run before Spring Security: Spring's request-path parsing
 * there throws on such paths (the raw path does not start with the servlet's path), which gave 500.
 */
class PlainCamundaPaths extends OncePerRequestFilter {

	private final ProblemResponses problems;

	PlainCamundaPaths(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (CamundaPaths.targetsCamunda(request) && !CamundaPaths.plainlyWritten(request)) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
					"Camunda's webapps and engine APIs answer only plainly written addresses");
			return;
		}
		chain.doFilter(request, response);
	}
}

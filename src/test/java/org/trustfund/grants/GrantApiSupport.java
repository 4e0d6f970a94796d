package org.trustfund.grants;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustfund.proposals.ReviewSteps;

/** Calls the application over MockMvc as a given user (null: anonymous). */
@Component
class GrantApiSupport {

	private final ObjectProvider<MockMvc> mvc;
	private final ObjectMapper json;
	private final ReviewSteps steps;

	/** MockMvc only exists in the {@code @IntegrationTest} context; the browser tests' context never calls this. */
	GrantApiSupport(ObjectProvider<MockMvc> mvc, ObjectMapper json, ReviewSteps steps) {
		this.mvc = mvc;
		this.json = json;
		this.steps = steps;
	}

	MockHttpServletResponse call(String username, MockHttpServletRequestBuilder request) throws Exception {
		if (username != null) {
			request = request.with(user(steps.user(username)));
		}
		return mvc.getObject().perform(request.with(csrf())).andReturn().getResponse();
	}

	int status(String username, MockHttpServletRequestBuilder request) throws Exception {
		return call(username, request).getStatus();
	}

	MockHttpServletRequestBuilder jsonPost(String url, Object body) throws Exception {
		return post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	JsonNode read(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString());
	}
}

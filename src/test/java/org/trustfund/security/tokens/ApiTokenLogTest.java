package org.trustfund.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.organisations.OrganisationService;

/**
 * A token's secret never reaches the logs (created, used, refused, revoked), and an NGO's token sees the
 * NGO's task list, the same as its password does.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenLogTest {

	@Autowired MockMvc mvc;
	@Autowired ObjectMapper json;
	@Autowired OrganisationService organisations;

	@Test
	void theSecretIsNeverLoggedAndAnNgoTokenSeesTheNgoList(CapturedOutput output) throws Exception {
		String ngo = TestData.unique("log_ngo");
		organisations.signUp(TestData.signUp(ngo), TestData.pdf());
		JsonNode created = json.readTree(mvc.perform(post("/api/me/tokens").with(httpBasic(ngo, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"log check\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String token = created.get("token").asText();

		String withToken = mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String withPassword = mvc.perform(get("/api/tasks").with(httpBasic(ngo, TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(withToken).isEqualTo(withPassword);
		mvc.perform(get("/api/tasks").param("page", "-1").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/organisations").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token + "x"))
			.andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/me/tokens/" + created.at("/details/id").asLong())
			.header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());

		assertThat(output.getAll()).doesNotContain(token.substring(8)).doesNotContain(TokenSecrets.hash(token));
	}
}

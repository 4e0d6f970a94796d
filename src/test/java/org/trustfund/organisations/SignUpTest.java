package org.trustfund.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.users.UserAccounts;

/** Anonymous sign-up through the API and the page: all or nothing, with field errors. */
@IntegrationTest
class SignUpTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	ObjectMapper json;
	@Autowired
	Organisations organisations;
	@Autowired
	UserAccounts accounts;
	@Autowired
	RuntimeService runtime;

	@Test
	void apiSignUpRegistersTheOrganisationAndStartsVerification() throws Exception {
		String username = TestData.unique("sign_api");
		String body = apiSignUp(TestData.signUp(username), TestData.pdfPart()).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/organisations/")))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.documents[0].fileName").value("registration.pdf"))
			.andExpect(jsonPath("$.history[0].action").value("SIGNED_UP"))
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(body).get("id").asLong();

		assertThat(accounts.findById(username).orElseThrow().getOrganisationId()).isEqualTo(id);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(Long.toString(id)).count())
			.isEqualTo(1);
	}

	@Test
	void apiSignUpRefusesInvalidFieldsAndDocuments() throws Exception {
		String username = TestData.unique("sign_api");
		SignUp valid = TestData.signUp(username);
		SignUp invalid = new SignUp("", "Kenya", valid.registrationNumber(), null, "Ann", "not-an-address", null,
				"Ann", "Bank", "12/34", "ABC", "Bad Name", "short");
		apiSignUp(invalid, TestData.pdfPart()).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.name").exists())
			.andExpect(jsonPath("$.errors.country").value("Choose a country"))
			.andExpect(jsonPath("$.errors.contactEmail").exists())
			.andExpect(jsonPath("$.errors.bankAccount").exists())
			.andExpect(jsonPath("$.errors.bankSwift").exists())
			.andExpect(jsonPath("$.errors.username").exists())
			.andExpect(jsonPath("$.errors.password").exists());

		MockMultipartFile fakePdf = new MockMultipartFile("document", "statutes.pdf", "application/pdf",
				"MZ not really a PDF".getBytes());
		apiSignUp(valid, fakePdf).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.document").exists());
		assertThat(accounts.existsById(username)).isFalse();
	}

	@Test
	void failedSignUpLeavesNothingBehind() throws Exception {
		String first = TestData.unique("sign_api");
		apiSignUp(TestData.signUp(first), TestData.pdfPart()).andExpect(status().isCreated());
		long before = organisations.count();

		// Same username, other organisation: refused after the organisation row was written.
		SignUp sameUser = new SignUp("Other NGO", "KE", "REG-other-" + first, null, "Ann", "ann@ngo.example", null,
				"Ann", "Bank", "1234", null, first, TestData.PASSWORD);
		apiSignUp(sameUser, TestData.pdfPart()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.username").value("This username is already taken"));
		// Same registration number in the same country.
		SignUp sameRegistration = new SignUp("Copy NGO", "ke", "reg-" + first, null, "Bo", "bo@ngo.example", null,
				"Bo", "Bank", "1234", null, TestData.unique("sign_api"), TestData.PASSWORD);
		apiSignUp(sameRegistration, TestData.pdfPart())
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.registrationNumber").exists());

		assertThat(organisations.count()).isEqualTo(before);
	}

	@Test
	void pageSignUpRedirectsToTheLoginPage() throws Exception {
		mvc.perform(get("/signup")).andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
		String username = TestData.unique("sign_page");
		SignUp form = TestData.signUp(username);
		mvc.perform(page(form).file(TestData.pdfPart()).with(csrf())).andExpect(redirectedUrl("/login?registered"));
		assertThat(accounts.existsById(username)).isTrue();

		String other = TestData.unique("sign_page");
		mvc.perform(page(TestData.signUp(other)).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Attach a document")));
		assertThat(accounts.existsById(other)).isFalse();
	}

	private ResultActions apiSignUp(SignUp form, MockMultipartFile document) throws Exception {
		MockMultipartFile organisation = new MockMultipartFile("organisation", "", MediaType.APPLICATION_JSON_VALUE,
				json.writeValueAsBytes(form));
		return mvc.perform(multipart("/api/signup").file(organisation).file(document));
	}

	private static MockMultipartHttpServletRequestBuilder page(SignUp form) {
		MockMultipartHttpServletRequestBuilder request = multipart("/signup");
		request.param("name", form.name()).param("country", form.country())
			.param("registrationNumber", form.registrationNumber()).param("address", form.address())
			.param("contactName", form.contactName()).param("contactEmail", form.contactEmail())
			.param("contactPhone", form.contactPhone()).param("bankAccountHolder", form.bankAccountHolder())
			.param("bankName", form.bankName()).param("bankAccount", form.bankAccount())
			.param("bankSwift", form.bankSwift()).param("username", form.username())
			.param("password", form.password());
		return request;
	}
}

package org.trustfund;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.trustfund.files.Upload;
import org.trustfund.organisations.SignUp;
import org.trustfund.users.Role;
import org.trustfund.users.UserAccount;
import org.trustfund.users.UserService;

/**
 * Data for tests that share one Spring context (and so one database): every name is unique, so that
 * test classes never see each other's users or organisations by accident.
 */
public final class TestData {

	/** Password of every user made here; at least 8 characters as the API demands. */
	public static final String PASSWORD = "secret-pass-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

	private TestData() {
	}

	/** A unique lower-case username that starts with the prefix, e.g. {@code sec_ngo_3a1f2c_7}. */
	public static String unique(String prefix) {
		return (prefix + "_" + RUN + "_" + SEQUENCE.incrementAndGet()).toLowerCase(Locale.ROOT);
	}

	/** A complete, valid sign-up whose first member is {@code username}. */
	public static SignUp signUp(String username) {
		return signUp(username, "Shelter " + username);
	}

	public static SignUp signUp(String username, String organisationName) {
		return new SignUp(organisationName, "KE", "REG-" + username, "1 Example Road, Nairobi", "Contact " + username,
				username + "@ngo.example", "+254 700 000000", organisationName, "Example Bank",
				"GB29NWBK60161331926819", "NWBKGB2L", username, PASSWORD);
	}

	public static byte[] pdfBytes() {
		return "%PDF-1.4\n% registration certificate\n%%EOF\n".getBytes();
	}

	public static Upload pdf() {
		return Upload.of("registration.pdf", "application/pdf", pdfBytes());
	}

	/** The sign-up's "document" part. */
	public static MockMultipartFile pdfPart() {
		return new MockMultipartFile("document", "registration.pdf", "application/pdf", pdfBytes());
	}

	/** Logs in through the login form, as a browser does, and returns the session (which then needs CSRF tokens). */
	public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password(PASSWORD))
			.andExpect(MockMvcResultMatchers.redirectedUrl("/"))
			.andReturn();
		return MockMvcSessions.of(result);
	}

	/** A user of the fund's staff with the given roles (no organisation). */
	public static UserAccount staff(UserService users, String username, Role... roles) {
		return users.create(username, "Staff " + username, username + "@trustfund.example", PASSWORD,
				roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), null);
	}
}

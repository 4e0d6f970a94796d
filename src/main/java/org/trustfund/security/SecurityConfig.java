package org.trustfund.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;
import static org.trustfund.security.Permission.*;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.trustfund.security.tokens.ApiTokenAuthenticationFilter;
import org.trustfund.security.tokens.ApiTokenService;
import org.trustfund.users.UserAccounts;

/**
 * Who may reach what, as {@link Permission}s ({@link RolePermissions} says which roles hold them). Pages
 * need a login (anonymous visitors go to the login page); the JSON API, Camunda's REST API and Actuator
 * answer anonymous calls with 401 problem details. Finer rules sit on the controllers as
 * {@code @PreAuthorize("hasAuthority('…')")}; Camunda's webapps apply Camunda authorizations on top.
 * Camunda's webapps ({@code /camunda/**}) and engine APIs ({@code /camunda/api/**}, {@code /engine-rest/**})
 * are for administrators, and read-only for fund managers; every other role, and every path spelt so as
 * to get around these rules, gets 403 problem details there (see {@link CamundaPaths},
 * {@link PlainCamundaPaths}, {@link RejectedRequests}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	static final RequestMatcher API = new OrRequestMatcher(antMatcher("/api/**"), antMatcher("/engine-rest/**"),
			antMatcher("/camunda/api/**"), antMatcher("/actuator/**"), antMatcher("/v3/api-docs/**"));

	/** Camunda's webapps and engine APIs, however the path is spelt; refusals there are problem details. */
	static final RequestMatcher CAMUNDA = CamundaPaths::targetsCamunda;

	/** Camunda's user and group directory (names, e-mails, memberships), in both engine APIs. */
	private static final RequestMatcher DIRECTORY = CamundaPaths.matching(Stream
		.of("/engine-rest", "/engine-rest/engine/*", "/camunda/api/engine/engine/*")
		.flatMap(engine -> Stream.of("/user", "/group", "/identity", "/tenant").map(part -> engine + part + "/**"))
		.toArray(String[]::new));

	private static final RequestMatcher READING = (HttpServletRequest r) -> "GET".equals(r.getMethod())
			|| "HEAD".equals(r.getMethod());

	/** Requests with HTTP Basic credentials: a failed log-in gets problem details, not the login page. */
	static final RequestMatcher BASIC_AUTH = (HttpServletRequest r) -> {
		String header = r.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	};

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems, UserAccounts users,
			LoginFailureHandler loginFailures, SecurityHeaders securityHeaders, ApiTokenService apiTokens)
			throws Exception {
		http.authorizeHttpRequests(auth -> auth
				// Camunda's webapps and engine APIs are operator tools. Administrators operate the engine;
				// fund managers read (Cockpit, GET on the REST API; Camunda authorizations are READ-only);
				// nobody else gets in. Business changes are refused in the engine itself (EngineGuard).
				// ...except an operator's own profile, which the webapps read to show who is logged in
				.requestMatchers(CamundaPaths.matching("/camunda/api/engine/engine/*/user/*/profile"))
				.access((authentication, context) -> new AuthorizationDecision(
						ownProfile(authentication.get(), context.getRequest())))
				.requestMatchers(DIRECTORY).hasAuthority(OPERATE_ENGINE.authority())
				.requestMatchers(CamundaPaths.matching("/camunda/app/admin/**", "/camunda/app/tasklist/**",
						"/camunda/api/tasklist/**")).hasAuthority(OPERATE_ENGINE.authority())
				.requestMatchers(CamundaPaths.matching("/camunda/api/admin/auth/**"))
				.hasAuthority(READ_ENGINE.authority())
				.requestMatchers(CamundaPaths.matching("/camunda/api/admin/**")).hasAuthority(OPERATE_ENGINE.authority())
				.requestMatchers(CamundaPaths.matching("/camunda", "/camunda/**"))
				.hasAuthority(READ_ENGINE.authority())
				.requestMatchers(new AndRequestMatcher(READING, CamundaPaths.matching("/engine-rest", "/engine-rest/**")))
				.hasAuthority(READ_ENGINE.authority())
				.requestMatchers(CamundaPaths.matching("/engine-rest", "/engine-rest/**")).hasAuthority(OPERATE_ENGINE.authority())
				.requestMatchers("/login", "/signup", "/api/signup", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasAuthority(ADMINISTER.authority())
				.requestMatchers("/admin/**", "/api/admin/**").hasAuthority(ADMINISTER.authority())
				// Reserve lists: fund managers manage them, trustees and the chair read them; nobody else.
				.requestMatchers(HttpMethod.GET, "/reserve", "/reserve/**", "/api/reserve", "/api/reserve/**")
				.hasAuthority(READ_RESERVE_LISTS.authority())
				.requestMatchers("/reserve", "/reserve/**", "/api/reserve", "/api/reserve/**")
				.hasAuthority(MANAGE_RESERVE_LISTS.authority())
				// Grants: money pages for fund managers, read-only for trustees, own grants for NGOs; not administrators.
				.requestMatchers("/grants/**", "/api/grants/**")
				.hasAuthority(READ_GRANTS.authority())
				// The fund's report, donors' statements and open data: fund managers, trustees, the chair and
				// administrators. The public report decides itself whether it is published (trustfund.report.public).
				.requestMatchers("/public/report").permitAll()
				// Uploads to a proposal: NGO members only. Checked here, before Spring MVC matches the content
				// type, so that another role gets 403 and not 415 for a body of the wrong kind.
				.requestMatchers(HttpMethod.POST, "/api/proposals/*/attachments", "/proposals/*/attachments")
				.hasAuthority(WRITE_PROPOSAL.authority())
				.requestMatchers("/reports/**", "/api/reports/**", "/api/open-data/**")
				.hasAuthority(READ_FUND_REPORT.authority())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailures)
				.permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			// Camunda's webapps protect their API with their own CSRF filter. The sign-up API is anonymous
			// (no session or credentials to ride on) and an API client has no page to take a token from: a
			// request with Basic credentials and nothing a browser adds (cookies, Origin), see CredentialsOnlyRequests.
			.csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**"), antMatcher("/api/signup"),
					CredentialsOnlyRequests.MATCHER))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint(problems))
				// one handler for every request: it answers problem details to API clients and the error page to
				// browsers (a single defaultAccessDeniedHandlerFor mapping would be used for pages too)
				.accessDeniedHandler(problems))
			.headers(securityHeaders)
			.requestCache(cache -> cache.requestCache(pagesOnlyRequestCache()));
		http.addFilterBefore(new ActiveAccountFilter(users, entryPoint(problems)), AuthorizationFilter.class);
		// Personal API tokens (Authorization: Bearer), stateless and without BCrypt: see security.tokens.
		http.addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens, problems),
				BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The page a visitor asked for before logging in is remembered (in the session, headers included) only for a
	 * browser's page request: a GET outside the APIs that carries no {@code Authorization} header. An API call
	 * creates no session, and a secret sent in a header the application does not take ({@code Authorization:
	 * Token …}, a token without "Bearer") is never written to the session table.
	 */
	private static RequestCache pagesOnlyRequestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(new NegatedRequestMatcher(new OrRequestMatcher(API, CAMUNDA)),
				(HttpServletRequest r) -> "GET".equals(r.getMethod()) && r.getHeader("Authorization") == null));
		return cache;
	}

	/** GET of a Camunda profile: any by an engine operator, one's own by an engine reader (Cockpit's header). */
	private static boolean ownProfile(Authentication caller, HttpServletRequest request) {
		if (caller == null || !caller.isAuthenticated() || !"GET".equals(request.getMethod())) {
			return false;
		}
		java.util.Set<String> authorities = caller.getAuthorities().stream().map(a -> a.getAuthority())
			.collect(java.util.stream.Collectors.toSet());
		if (authorities.contains(OPERATE_ENGINE.authority())) {
			return true; // administrators read the whole directory
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return authorities.contains(READ_ENGINE.authority()) && path.endsWith("/user/" + caller.getName() + "/profile");
	}

	/** Runs before Spring Security, whose own path parsing fails on Camunda paths that are not plain. */
	@Bean
	FilterRegistrationBean<PlainCamundaPaths> plainCamundaPaths(ProblemResponses problems) {
		FilterRegistrationBean<PlainCamundaPaths> registration = new FilterRegistrationBean<>(
				new PlainCamundaPaths(problems));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** Answers requests that the firewall rejects with problem details instead of a 500. */
	@Bean
	WebSecurityCustomizer rejectedRequestsAsProblems(RejectedRequests rejected) {
		return web -> web.requestRejectedHandler(rejected);
	}

	/** API calls get 401 problem details; pages send the visitor to the login page. */
	private static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRequest = new LinkedHashMap<>();
		byRequest.put(API, problems);
		byRequest.put(BASIC_AUTH, problems);
		DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
		entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
		return entryPoint;
	}

	/** The cost is configurable so that tests, which log in thousands of times, can use a cheap one. */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${trustfund.security.bcrypt-strength:12}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

}

package org.trustfund;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory database with the job executor off. Every integration test
 * uses exactly this configuration so that Spring caches one context for all of them.
 * <p>
 * {@link #CONFIG_LOCATION}: Spring Boot ranks {@code ./config/application.yaml} (a file outside the
 * classpath) above every classpath file, {@code application-test.yaml} included, so without it the
 * tests ran on the file database {@code ./data/trustfund} with the job executor on. The same settings
 * are read from the classpath copy of {@code config/} instead, where the test profile overrides them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Camunda's webapps look engines up by name in a static registry: only the server context (ServerTest), whose
// webapps the tests call over HTTP, may register as "default", whichever context the suite starts last.
@SpringBootTest(properties = { IntegrationTest.CONFIG_LOCATION, "camunda.bpm.generate-unique-process-engine-name=true" })
@AutoConfigureMockMvc
@Import(MockMvcSessions.class)
@ActiveProfiles("test")
public @interface IntegrationTest {

	/** config/ (copied to the classpath by the build) first, then the test profile's overrides. */
	String CONFIG_LOCATION = "spring.config.location=optional:classpath:/;optional:classpath:/config/";
}

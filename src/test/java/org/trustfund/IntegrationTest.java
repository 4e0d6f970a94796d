package org.trustfund;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory database with the job executor off, behind a real Tomcat on a random
 * port and reachable through MockMvc too. Every integration test, and every {@link ServerTest}, uses exactly this
 * configuration so that Spring caches one context for all of them in each test JVM (a context takes 15 to 35
 * seconds to start on two busy cores; a second one for the server tests cost each of the build's three JVMs that
 * much again).
 * <p>
 * {@link #CONFIG_LOCATION}: Spring Boot ranks {@code ./config/application.yaml} (a file outside the
 * classpath) above every classpath file, {@code application-test.yaml} included, so without it the
 * tests ran on the file database {@code ./data/trustfund} with the job executor on. The same settings
 * are read from the classpath copy of {@code config/} instead, where the test profile overrides them.
 * <p>
 * Camunda's webapps look engines up by name in a static registry: this context's engine is the JVM's
 * {@code "default"}, which the server tests call over HTTP; the other contexts a test JVM starts (the outbox
 * tests', the applications that {@code FirstStartTest} and {@code DemoStoryTest} start) name theirs uniquely.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = IntegrationTest.CONFIG_LOCATION)
@AutoConfigureMockMvc
@Import(MockMvcSessions.class)
@ActiveProfiles("test")
public @interface IntegrationTest {

	/** config/ (copied to the classpath by the build) first, then the test profile's overrides. */
	String CONFIG_LOCATION = "spring.config.location=optional:classpath:/;optional:classpath:/config/";
}

package org.trustfund;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory database with the job executor off. Every integration test
 * uses exactly this configuration so that Spring caches one context for all of them.
 * <p>
 * The database and the job executor are set here and not only in {@code application-test.yaml}: Spring
 * Boot ranks {@code ./config/application.yaml} (outside the jar) above a profile file on the classpath,
 * so the yaml's values lost and tests ran on the file database with the job executor on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:trustfund-test-${random.uuid};DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {
}

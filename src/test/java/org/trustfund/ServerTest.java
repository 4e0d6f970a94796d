package org.trustfund;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application behind a real Tomcat on a random port, for what MockMvc cannot reach: Camunda's
 * webapps and REST API (servlets and filters that Camunda registers itself) and the browser tests. Same
 * settings as {@link IntegrationTest}; every test that needs a server uses exactly this, so that Spring
 * caches a second context only once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = IntegrationTest.CONFIG_LOCATION)
@ActiveProfiles("test")
public @interface ServerTest {
}

package org.trustfund;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that calls the application over HTTP, for what MockMvc cannot reach: Camunda's webapps and REST API
 * (servlets and filters that Camunda registers itself) and the browser tests. The same context as
 * {@link IntegrationTest} (whose server listens on a random port, {@code @LocalServerPort}): the name says why
 * the test needs the server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
public @interface ServerTest {
}

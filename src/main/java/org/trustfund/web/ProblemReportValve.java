package org.trustfund.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests itself, before the application sees them (a {@code %00} or other invalid
 * URI, a malformed request line): by default with an HTML page naming Tomcat. This valve answers them with
 * RFC 9457 problem details instead, like the rest of the API. Errors the application rendered are left alone.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		String title = status == null ? "Error" : status.getReasonPhrase();
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code
						+ ",\"detail\":\"The request could not be read\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// The client is gone or the response was committed meanwhile: nothing more to say.
		}
	}

	/** Installs the valve on the embedded Tomcat's host in place of the default error report. */
	@Configuration
	static class Install {
		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
			return factory -> factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
				else if (context.getParent() instanceof Host) {
					throw new IllegalStateException("Unexpected Tomcat host " + context.getParent());
				}
			});
		}
	}
}

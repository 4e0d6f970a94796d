package org.trustfund.reporting.web;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a report's Thymeleaf template in print mode ({@code print = true}) and turns the XHTML into a PDF with
 * openhtmltopdf: the embedded Noto Sans Arabic font (SIL OFL, {@code fonts/OFL.txt}) gives the Arabic glyphs,
 * ICU shapes Arabic and orders right-to-left text, and an Arabic report's base direction is right to left. The
 * charts (inline SVG) are drawn by Batik with scripts and external resources off; their text takes the same font
 * through the print style's {@code @font-face} ({@code font:noto-sans-arabic}, served from the class path here, never
 * fetched from elsewhere).
 */
@Component
class ReportPdf {

	static final String FONT = "fonts/NotoSansArabic-Regular.ttf";
	/** The only address the print style may load: the embedded font, for the charts' text. */
	static final String FONT_URL = "font:noto-sans-arabic";

	private final SpringTemplateEngine templates;
	private final org.springframework.context.ApplicationContext beans;
	private final byte[] font;

	ReportPdf(SpringTemplateEngine templates, org.springframework.context.ApplicationContext beans) throws IOException {
		this.templates = templates;
		this.beans = beans;
		try (var in = new ClassPathResource(FONT).getInputStream()) {
			this.font = in.readAllBytes();
		}
	}

	/** The PDF's bytes for {@code template} with {@code model}, in {@code locale} (Arabic: right to left). */
	byte[] render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		boolean rtl = "ar".equals(locale.getLanguage());
		JakartaServletWebApplication app = JakartaServletWebApplication.buildApplication(request.getServletContext());
		WebContext context = new WebContext(app.buildExchange(request, response), locale);
		context.setVariables(model);
		context.setVariable("print", true);
		context.setVariable("rtl", rtl);
		// templates may call beans (${@countries.name(code)}), as they do when Spring MVC renders them
		context.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext
			.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(beans, null));
		String html = templates.process(template, context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder pdf = new PdfRendererBuilder();
			pdf.useFastMode();
			pdf.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			pdf.useUnicodeBidiReorderer(new ICUBidiReorderer());
			pdf.defaultTextDirection(rtl ? PdfRendererBuilder.TextDirection.RTL : PdfRendererBuilder.TextDirection.LTR);
			pdf.useFont(() -> new ByteArrayInputStream(font), "Noto Sans Arabic");
			pdf.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			pdf.useProtocolsStreamImplementation(url -> new FontStream(FONT_URL.equals(url) ? font : new byte[0]), "font");
			pdf.withHtmlContent(html, request.getRequestURL().toString());
			pdf.toStream(out);
			pdf.run();
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The embedded font's bytes as openhtmltopdf reads a resource (an unknown font address reads as empty). */
	private record FontStream(byte[] bytes) implements FSStream {

		@Override
		public InputStream getStream() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public Reader getReader() {
			return new InputStreamReader(getStream(), StandardCharsets.ISO_8859_1);
		}
	}
}

package org.trustfund.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustfund.reporting.DonorStatements;

/** A donor's statement as a printable page ({@code /reports/donors/{id}}) and as a PDF (English or Arabic). */
@Controller
class DonorStatementController {

	private final DonorStatements statements;
	private final ReportPdf pdf;

	DonorStatementController(DonorStatements statements, ReportPdf pdf) {
		this.statements = statements;
		this.pdf = pdf;
	}

	@GetMapping("/reports/donors/{id}")
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("s", statements.of(id));
		model.addAttribute("print", false);
		// the ledger's entries are linked only for readers who may open them
		model.addAttribute("ledgerLinks", org.trustfund.security.CurrentUser.get().can(org.trustfund.security.Permission.READ_LEDGER));
		return "reporting/statement";
	}

	@GetMapping("/reports/donors/{id}.pdf")
	@PreAuthorize("hasAuthority('READ_FUND_REPORT')")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = "ar".equals(lang) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
		byte[] body = pdf.render("reporting/statement", Map.of("s", statements.of(id)), locale, request, response);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("donor-statement-" + id + "-" + locale.getLanguage() + ".pdf").build().toString())
			.body(body);
	}
}

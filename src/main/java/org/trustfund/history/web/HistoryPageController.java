package org.trustfund.history.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;
import org.trustfund.history.HistoryFileRefused;
import org.trustfund.history.HistoryImportRecord;
import org.trustfund.history.HistoryImports;
import org.trustfund.history.HistoryKind;
import org.trustfund.history.HistoryKinds;
import org.trustfund.history.HistoryPreview;
import org.trustfund.security.CurrentUser;
import org.trustfund.web.Downloads;

/**
 * The history import pages for fund managers and administrators: the kinds with their columns and
 * templates and the past imports; a kind's upload form; the preview of a file with every problem; the
 * confirmation; an import's record.
 */
@Controller
@PreAuthorize("hasAuthority('IMPORT_HISTORY')")
class HistoryPageController {

	private final HistoryImports imports;
	private final HistoryKinds kinds;
	private final HistoryViews views;

	HistoryPageController(HistoryImports imports, HistoryKinds kinds, HistoryViews views) {
		this.imports = imports;
		this.kinds = kinds;
		this.views = views;
	}

	@GetMapping("/history")
	String index(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("kinds", kinds.all().stream().map(k -> views.kind(k, locale)).toList());
		model.addAttribute("imports", imports.imports());
		return "history/index";
	}

	@GetMapping("/history/{kind}")
	String kind(@PathVariable String kind, Model model) {
		model.addAttribute("kind", views.kind(kinds.get(kind), LocaleContextHolder.getLocale()));
		return "history/kind";
	}

	@GetMapping("/history/{kind}/template.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable String kind) {
		HistoryKind k = kinds.get(kind);
		return download(HistoryTemplates.csv(k), k.name() + ".csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/history/{kind}/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable String kind) {
		HistoryKind k = kinds.get(kind);
		return download(HistoryTemplates.xlsx(k), k.name() + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@PostMapping("/history/{kind}/preview")
	String preview(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response) {
		byte[] content = file == null ? new byte[0] : HistoryApiController.bytes(file);
		String name = file == null || file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		HistoryPreview preview = imports.preview(kind, name, content, CurrentUser.username());
		if (!preview.importable()) {
			response.setStatus(422);
		}
		return previewPage(preview, model);
	}

	@PostMapping("/history/uploads/{id}/import")
	String importUpload(@PathVariable String id, Model model, HttpServletResponse response) {
		try {
			HistoryImportRecord record = imports.importUpload(id, CurrentUser.username());
			return "redirect:/history/imports/" + record.id();
		}
		catch (HistoryFileRefused e) {
			response.setStatus(422);
			return previewPage(e.preview(), model);
		}
	}

	@GetMapping("/history/imports/{id}")
	String record(@PathVariable long id, Model model) {
		HistoryImportRecord record = imports.importRecord(id);
		model.addAttribute("record", record);
		model.addAttribute("kind", kinds.find(record.kind()).map(k -> views.kind(k, LocaleContextHolder.getLocale()))
			.orElse(null));
		return "history/import";
	}

	private String previewPage(HistoryPreview preview, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("preview", views.preview(preview, locale));
		model.addAttribute("kind", views.kind(kinds.get(preview.kind()), locale));
		return "history/preview";
	}

	private static ResponseEntity<byte[]> download(byte[] body, String fileName, String type) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
			.header("Content-Disposition", Downloads.attachment(fileName)).header("X-Content-Type-Options", "nosniff")
			.body(body);
	}
}

package org.trustfund.history.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trustfund.history.HistoryFileRefused;
import org.trustfund.history.HistoryImportRecord;
import org.trustfund.history.HistoryImports;
import org.trustfund.history.HistoryKinds;
import org.trustfund.history.web.HistoryViews.KindView;
import org.trustfund.history.web.HistoryViews.PreviewView;
import org.trustfund.security.CurrentUser;

/**
 * The history import through the API, for fund managers and administrators: preview a file (its problems by
 * file, row and column, in the request's language), import a previewed file, or check and import in one go.
 * A file with problems is answered 422 with the problems; nothing is written.
 */
@RestController
@RequestMapping("/api/history")
@PreAuthorize("hasAuthority('IMPORT_HISTORY')")
@Tag(name = "History import", description = "Import the fund's past from CSV or .xlsx files (fund managers, administrators)")
class HistoryApiController {

	private final HistoryImports imports;
	private final HistoryKinds kinds;
	private final HistoryViews views;

	HistoryApiController(HistoryImports imports, HistoryKinds kinds, HistoryViews views) {
		this.imports = imports;
		this.kinds = kinds;
		this.views = views;
	}

	@GetMapping("/kinds")
	@Operation(summary = "The kinds of files, in import order, with their columns")
	List<KindView> kinds() {
		Locale locale = LocaleContextHolder.getLocale();
		return kinds.all().stream().map(k -> views.kind(k, locale)).toList();
	}

	// no "consumes": a caller without the role gets 403 before the request's type is looked at (415)
	@PostMapping("/{kind}/preview")
	@Operation(summary = "Check a file; without problems it is kept a day under the returned uploadId")
	PreviewView preview(@PathVariable String kind, @RequestPart("file") MultipartFile file) {
		return views.preview(imports.preview(kind, file.getOriginalFilename(), bytes(file), CurrentUser.username()),
				LocaleContextHolder.getLocale());
	}

	@PostMapping("/uploads/{id}/import")
	@Operation(summary = "Import a previewed file (checked again); 422 with the problems if it now has any")
	ResponseEntity<HistoryImportRecord> importUpload(@PathVariable String id) {
		return created(imports.importUpload(id, CurrentUser.username()));
	}

	@PostMapping("/{kind}")
	@Operation(summary = "Check and import a file in one go; 422 with the problems, nothing written")
	ResponseEntity<HistoryImportRecord> importFile(@PathVariable String kind, @RequestPart("file") MultipartFile file) {
		return created(imports.importFile(kind, file.getOriginalFilename(), bytes(file), CurrentUser.username()));
	}

	@GetMapping("/imports")
	@Operation(summary = "The latest imports, newest first")
	List<HistoryImportRecord> all() {
		return imports.imports();
	}

	@GetMapping("/imports/{id}")
	HistoryImportRecord one(@PathVariable long id) {
		return imports.importRecord(id);
	}

	/** RFC 9457 with the problems listed ({@code problems}: file, row, column, message, key). */
	@ExceptionHandler(HistoryFileRefused.class)
	ResponseEntity<ProblemDetail> refused(HistoryFileRefused e) {
		PreviewView preview = views.preview(e.preview(), LocaleContextHolder.getLocale());
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
		body.setTitle("The file has problems");
		body.setProperty("problemCount", preview.problemCount());
		body.setProperty("problems", preview.problems());
		return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static ResponseEntity<HistoryImportRecord> created(HistoryImportRecord record) {
		return ResponseEntity.created(URI.create("/api/history/imports/" + record.id())).body(record);
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

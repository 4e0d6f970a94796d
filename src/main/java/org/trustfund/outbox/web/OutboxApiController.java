package org.trustfund.outbox.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.outbox.OutboxRetry;
import org.trustfund.outbox.OwedDelivery;
import org.trustfund.shared.ValidationException;

/**
 * {@code /api/admin/outbox}: what the application still owes to processes and mail (every owed delivery with
 * its attempts and last error, undeliverable ones flagged), and an administrator's retry of one of them.
 */
@RestController
@RequestMapping("/api/admin/outbox")
@PreAuthorize("hasAuthority('MANAGE_OUTBOX')")
@Tag(name = "Outbox", description = "Administrators see and retry owed process messages and e-mails")
class OutboxApiController {

	private final OutboxRetry outbox;

	OutboxApiController(OutboxRetry outbox) {
		this.outbox = outbox;
	}

	/** Every owed delivery, oldest first; {@code ?undeliverable=true} only those that need an administrator. */
	@GetMapping
	List<OwedDelivery> owed(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false")
			boolean undeliverable) {
		return outbox.owed().stream().filter(o -> !undeliverable || o.undeliverable()).toList();
	}

	/**
	 * Delivers one owed publication now, its attempts counted afresh. 204 when it was delivered; 200 with the
	 * delivery (attempts and error) when it failed again; 404 when nothing is owed under this id; 400 for an
	 * id that is not a UUID.
	 */
	@PostMapping("/{id}/retry")
	ResponseEntity<OwedDelivery> retry(@PathVariable String id) {
		return outbox.retry(uuid(id)).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw ValidationException.keyed("id", "error.outbox.id", "Not a delivery id: " + id, id);
		}
	}
}

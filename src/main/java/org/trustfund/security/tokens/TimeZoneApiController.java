package org.trustfund.security.tokens;

import org.trustfund.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustfund.security.CurrentUser;
import org.trustfund.users.UserService;

/**
 * The caller's time zone over the JSON API ({@code /api/me/time-zone}), as on the profile page: an IANA id
 * such as "Africa/Nairobi", or "UTC" for the fund's zone (the default). A missing, null or unknown zone is a 400
 * problem (field {@code timeZone}): a write names what it sets.
 */
@RestController
@Tag(name = "My profile", description = "The caller's own settings")
class TimeZoneApiController {

	private final UserService users;

	TimeZoneApiController(UserService users) {
		this.users = users;
	}

	/** @param timeZone an IANA zone id ("UTC" for the fund's zone); {@code null} only in an answer (never chosen) */
	record TimeZoneBody(String timeZone) {
	}

	@GetMapping("/api/me/time-zone")
	@Operation(summary = "The zone my dates and times are shown in (null: UTC)")
	TimeZoneBody get() {
		return new TimeZoneBody(users.timeZoneOf(CurrentUser.username()).map(z -> z.getId()).orElse(null));
	}

	@PutMapping("/api/me/time-zone")
	@Operation(summary = "Choose the zone my dates and times are shown in: an IANA id (\"UTC\" for the fund's zone)")
	TimeZoneBody put(@RequestBody(required = false) TimeZoneBody body) {
		if (body == null || body.timeZone() == null || body.timeZone().isBlank()) {
			throw ValidationException.keyed("timeZone", "profile.timeZoneInvalid", "Choose one of the offered time zones.");
		}
		users.preferTimeZone(CurrentUser.username(), body.timeZone());
		return get();
	}
}

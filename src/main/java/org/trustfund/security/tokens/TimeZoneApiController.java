package org.trustfund.security.tokens;

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
 * such as "Africa/Nairobi", or {@code null} for UTC. An unknown zone is a 400 problem (field {@code timeZone}).
 */
@RestController
@Tag(name = "My profile", description = "The caller's own settings")
class TimeZoneApiController {

	private final UserService users;

	TimeZoneApiController(UserService users) {
		this.users = users;
	}

	/** @param timeZone an IANA zone id, or {@code null} (or blank) for UTC */
	record TimeZoneBody(String timeZone) {
	}

	@GetMapping("/api/me/time-zone")
	@Operation(summary = "The zone my dates and times are shown in (null: UTC)")
	TimeZoneBody get() {
		return new TimeZoneBody(users.timeZoneOf(CurrentUser.username()).map(z -> z.getId()).orElse(null));
	}

	@PutMapping("/api/me/time-zone")
	@Operation(summary = "Choose the zone my dates and times are shown in: an IANA id, or null for UTC")
	TimeZoneBody put(@RequestBody(required = false) TimeZoneBody body) {
		users.preferTimeZone(CurrentUser.username(), body == null ? null : body.timeZone());
		return get();
	}
}

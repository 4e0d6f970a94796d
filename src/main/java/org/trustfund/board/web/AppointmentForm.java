package org.trustfund.board.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

record AppointmentForm(@NotBlank String username,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{validation.country.choose}") String country, Boolean chair) {

	/** An unticked checkbox sends nothing. */
	boolean isChair() {
		return Boolean.TRUE.equals(chair);
	}
}

package org.trustfund.board;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Locale;

/** A trustee's seat on one Board term, with the country they come from; one of them chairs the Board. */
@Entity
@NamedInterface("api")
public class Trustee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long termId;
	private String username;
	private String country;
	private boolean chair;
	private Instant appointedAt;
	private String appointedBy;

	protected Trustee() {
	}

	Trustee(Long termId, String username, String country, boolean chair, String appointedBy, Instant now) {
		this.termId = termId;
		this.username = username;
		this.country = country.toUpperCase(Locale.ROOT);
		this.chair = chair;
		this.appointedBy = appointedBy;
		this.appointedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getTermId() {
		return termId;
	}

	public String getUsername() {
		return username;
	}

	public String getCountry() {
		return country;
	}

	public String getCountryName(Locale locale) {
		return new Locale("", country).getDisplayCountry(locale);
	}

	public boolean isChair() {
		return chair;
	}

	public Instant getAppointedAt() {
		return appointedAt;
	}

	public String getAppointedBy() {
		return appointedBy;
	}
}

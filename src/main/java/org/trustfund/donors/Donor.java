package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A Member State or a private donor. A private donor may ask to be anonymous in public reports; the
 * fund still records who it is.
 */
@Entity
@NamedInterface("api")
public class Donor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private DonorKind kind;

	private String country;
	private boolean anonymous;
	private String contactName;
	private String contactEmail;
	private String notes;
	private Instant createdAt;
	private String createdBy;
	private String importedRef;

	@Version
	private long version;

	protected Donor() {
	}

	Donor(DonorForm form, String actor, Instant now) {
		this.createdAt = now;
		this.createdBy = actor;
		update(form);
	}

	/** Marks a donor brought in by a history import with the fund's own reference (unique). */
	void imported(String reference) {
		this.importedRef = reference;
	}

	/** The form was checked by the service: a Member State has a country and is never anonymous. */
	void update(DonorForm form) {
		this.name = form.name().strip();
		this.kind = form.kind();
		this.country = blankToNull(form.country()) == null ? null : form.country().strip().toUpperCase(Locale.ROOT);
		this.anonymous = form.kind().isPrivate() && form.anonymousInReports();
		this.contactName = blankToNull(form.contactName());
		this.contactEmail = blankToNull(form.contactEmail());
		this.notes = blankToNull(form.notes());
	}

	/** The name public reports may print. */
	public String publicName() {
		return anonymous ? "Anonymous donor" : name;
	}

	public String getCountryName(Locale locale) {
		return country == null ? "" : new Locale("", country).getDisplayCountry(locale);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public DonorKind getKind() {
		return kind;
	}

	public String getCountry() {
		return country;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	/** @return the fund's own reference when the donor came from a history import, else {@code null} */
	public String getImportedRef() {
		return importedRef;
	}
}

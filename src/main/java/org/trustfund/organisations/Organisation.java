package org.trustfund.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** A civil-society organisation that applies for grants. Checked once by the secretariat before any grant. */
@NamedInterface("api")
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;
	private String country;
	private String registrationNumber;
	private String address;
	private String contactName;
	private String contactEmail;
	private String contactPhone;

	@Embedded
	private BankDetails bankDetails;

	@Enumerated(EnumType.STRING)
	private OrganisationStatus status;

	private String decisionReason;
	private String infoRequest;
	private String infoReply;
	private Instant infoReplyDue;

	@Column(updatable = false)
	private Instant createdAt;
	private Instant verifiedAt;
	private String verifiedBy;

	/** The history import that created it (a verified organisation the fund worked with before the system), or null. */
	private Long importId;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(String name, String country, String registrationNumber, String address, String contactName,
			String contactEmail, String contactPhone, BankDetails bankDetails, Instant now) {
		this.name = name;
		this.country = country.toUpperCase(Locale.ROOT);
		this.registrationNumber = registrationNumber;
		this.address = address;
		this.contactName = contactName;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
		this.bankDetails = bankDetails;
		this.status = OrganisationStatus.PENDING;
		this.createdAt = now;
	}

	/**
	 * An organisation the fund worked with before it adopted the system, brought in by a history import: the
	 * secretariat checked it then, so it is verified; contact and bank details unknown to the import are left
	 * blank for the fund manager to complete.
	 */
	static Organisation imported(String name, String country, String registrationNumber, long importId,
			String importedBy, Instant now) {
		Organisation o = new Organisation(name, country, registrationNumber, null, "", "", null,
				new BankDetails("", "", "", null), now);
		o.status = OrganisationStatus.VERIFIED;
		o.verifiedAt = now;
		o.verifiedBy = importedBy;
		o.importId = importId;
		return o;
	}

	void approve(String actor, Instant now) {
		requireStatus(OrganisationStatus.PENDING, "approved");
		this.status = OrganisationStatus.VERIFIED;
		this.verifiedAt = now;
		this.verifiedBy = actor;
		this.decisionReason = null;
	}

	void reject(String reason) {
		requireStatus(OrganisationStatus.PENDING, "rejected");
		this.status = OrganisationStatus.REJECTED;
		this.decisionReason = reason;
	}

	void requestInformation(String request, Instant replyDue) {
		requireStatus(OrganisationStatus.PENDING, "asked for information");
		this.status = OrganisationStatus.INFORMATION_REQUESTED;
		this.infoRequest = request;
		this.infoReply = null;
		this.infoReplyDue = replyDue;
	}

	void provideInformation(String reply) {
		requireStatus(OrganisationStatus.INFORMATION_REQUESTED, "given information");
		this.status = OrganisationStatus.PENDING;
		this.infoReply = reply;
		this.infoReplyDue = null;
	}

	/** The reply deadline passed: the case goes back to the fund manager. */
	void replyOverdue() {
		requireStatus(OrganisationStatus.INFORMATION_REQUESTED, "returned to the fund manager");
		this.status = OrganisationStatus.PENDING;
		this.infoReplyDue = null;
	}

	public boolean isVerified() {
		return status == OrganisationStatus.VERIFIED;
	}

	private void requireStatus(OrganisationStatus expected, String action) {
		if (status != expected) {
			throw new IllegalStateException(
					"Organisation " + id + " is " + status + " and cannot be " + action + " now");
		}
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getCountry() {
		return country;
	}

	public String getCountryName(Locale locale) {
		return new Locale("", country).getDisplayCountry(locale);
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public String getAddress() {
		return address;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public BankDetails getBankDetails() {
		return bankDetails;
	}

	public OrganisationStatus getStatus() {
		return status;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public String getInfoRequest() {
		return infoRequest;
	}

	public String getInfoReply() {
		return infoReply;
	}

	public Instant getInfoReplyDue() {
		return infoReplyDue;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** @return the history import that created it, or {@code null} when it signed up in the system */
	public Long getImportId() {
		return importId;
	}

	public Instant getVerifiedAt() {
		return verifiedAt;
	}

	public String getVerifiedBy() {
		return verifiedBy;
	}
}

package org.trustfund.donors;

import org.springframework.modulith.NamedInterface;
/** What a fund manager gives to create or edit a donor; checked by {@link DonorService}. */
@NamedInterface("api")
public record DonorForm(String name, DonorKind kind, String country, Boolean anonymous, String contactName,
		String contactEmail, String notes) {

	/** Unset means not anonymous. */
	public boolean anonymousInReports() {
		return Boolean.TRUE.equals(anonymous);
	}

	public static DonorForm empty() {
		return new DonorForm("", null, "", false, "", "", "");
	}

	public static DonorForm of(Donor d) {
		return new DonorForm(d.getName(), d.getKind(), d.getCountry(), d.isAnonymous(), d.getContactName(),
				d.getContactEmail(), d.getNotes());
	}
}

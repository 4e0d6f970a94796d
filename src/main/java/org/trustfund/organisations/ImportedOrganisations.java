package org.trustfund.organisations;

import org.springframework.context.MessageSource;
import org.trustfund.shared.Note;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.history.HistoryFile;
import org.trustfund.history.HistoryRow;

/**
 * Organisations named by a history file (past grants, a reserve list): matched by registration number and
 * country, or created as a verified organisation marked as imported. The same registration number under another
 * country is refused: it is either a typing error or another organisation, and the import cannot tell which.
 */
@NamedInterface("api")
@Component
public class ImportedOrganisations {

	private final Organisations organisations;
	private final OrganisationEvents events;
	private final Clock clock;
	private final MessageSource messages;

	ImportedOrganisations(Organisations organisations, OrganisationEvents events, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param registrationNumber as written in the file (compared ignoring case)
	 * @param country ISO 3166 alpha-2 code, upper case
	 * @return the country of an organisation registered under this number in ANOTHER country (and none in
	 *         {@code country}), or empty when the pair matches an organisation or none has this number
	 */
	@Transactional(readOnly = true)
	public Optional<String> registeredElsewhere(String registrationNumber, String country) {
		var same = organisations.findByRegistrationNumberIgnoreCase(registrationNumber);
		if (same.stream().anyMatch(o -> o.getCountry().equals(country))) {
			return Optional.empty();
		}
		return same.stream().map(Organisation::getCountry).findFirst();
	}

	/**
	 * Check pass of a history row naming an organisation: the same registration number under another country, in
	 * the database or in an earlier row of {@code file}, records {@code errorKey} on {@code countryColumn} with the
	 * number and the other country as arguments.
	 */
	@Transactional(readOnly = true)
	public void check(HistoryRow row, String countryColumn, String registrationNumber, String country,
			HistoryFile file, String errorKey) {
		String number = registrationNumber.toUpperCase(Locale.ROOT);
		Optional<String> elsewhere = registeredElsewhere(registrationNumber, country);
		if (elsewhere.isEmpty() && file.seen("organisation", number)
				&& !file.seen("organisation-in", number + "@" + country)) {
			elsewhere = Arrays.stream(Locale.getISOCountries())
				.filter(c -> file.seen("organisation-in", number + "@" + c)).findFirst();
		}
		if (elsewhere.isPresent()) {
			row.problem(countryColumn, errorKey, registrationNumber, elsewhere.get());
			return;
		}
		file.firstTime("organisation", number);
		file.firstTime("organisation-in", number + "@" + country);
	}

	/**
	 * The organisation registered under this number in this country, or a new verified one marked with the
	 * import's id (its history records the import).
	 * @param name used only when the organisation is created
	 * @return the organisation's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long matchOrCreate(String name, String registrationNumber, String country, long importId,
			String importedBy) {
		return organisations.findFirstByCountryAndRegistrationNumberIgnoreCase(country, registrationNumber)
			.map(Organisation::getId).orElseGet(() -> {
				Organisation o = organisations.save(Organisation.imported(name, country, registrationNumber, importId,
						importedBy, clock.instant()));
				Note note = Note.of("note.organisation.imported", String.valueOf(importId));
				events.save(new OrganisationEvent(o.getId(), clock.instant(), importedBy, "IMPORTED",
						note.english(messages), note));
				return o.getId();
			});
	}

	/** @return the organisation's name, for snapshots such as a reserve list's entries */
	@Transactional(readOnly = true)
	public String name(long organisationId) {
		return organisations.findById(organisationId).orElseThrow().getName();
	}
}

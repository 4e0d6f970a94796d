package org.trustfund.donors.process;

import static org.trustfund.donors.PledgeFollowUpProcess.*;
import static org.trustfund.processes.ProcessValues.MAX_NOTE;
import static org.trustfund.processes.ProcessValues.noteProblem;
import static org.trustfund.processes.ProcessValues.recordId;
import static org.trustfund.processes.ProcessValues.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustfund.donors.ContributionService;
import org.trustfund.donors.Donor;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.DonorService;
import org.trustfund.donors.Pledge;
import org.trustfund.donors.PledgeService;
import org.trustfund.security.AppUser;
import org.trustfund.tasks.TaskForm;
import org.trustfund.tasks.TaskSubjects;
import org.trustfund.tasks.TaskView;
import org.trustfund.shared.ValidationException;
import org.trustfund.shared.ValidationException.Keyed;

/** The pledge follow-up task's form, and how its tasks are labelled in "My tasks". */
@Configuration
class FollowUpTaskForms {


	@Bean
	TaskSubjects pledgeFollowUpSubjects(PledgeService pledges, DonorService donors) {
		return new TaskSubjects() {
			@Override
			public String processKey() {
				return KEY;
			}

			@Override
			public Subject describe(String businessKey) {
				Pledge p = pledges.get(recordId(businessKey));
				// The donor and the amount pledged; a Member State by its country's name in the reader's language.
				Donor donor = donors.get(p.getDonorId());
				String who = donor.getKind() == DonorKind.MEMBER_STATE && donor.getCountry() != null
						? Subject.country(donor.getCountry()) : donor.getName();
				return new Subject(who + " · " + p.getCurrency() + " "
						+ org.trustfund.shared.Money.grouped(p.getAmount()), "/pledges/" + p.getId());
			}
		};
	}

	@Bean
	TaskForm followUpPledgeForm(PledgeService pledges, DonorService donors, ContributionService contributions) {
		return new TaskForm() {
			@Override
			public String processKey() {
				return KEY;
			}

			@Override
			public String taskKey() {
				return FOLLOW_UP_TASK;
			}

			@Override
			public String fragment() {
				return "donors/tasks :: " + FOLLOW_UP_TASK;
			}

			@Override
			public Map<String, Object> model(TaskView task) {
				Pledge pledge = pledges.get(recordId(task.businessKey()));
				return Map.of("pledge", pledge, "donor", donors.get(pledge.getDonorId()), "contributions",
						contributions.ofPledge(pledge.getId()));
			}

			@Override
			public Map<String, Object> variables(TaskView task, Map<String, String> fields, AppUser user) {
				String outcome = fields.getOrDefault(OUTCOME, "");
				String note = text(fields, NOTE);
				Map<String, Keyed> errors = new LinkedHashMap<>();
				Map<String, Object> vars = new LinkedHashMap<>();
				if (outcome.equals(CONTACTED)) {
					vars.put(NEW_EXPECTED_DATE, newDate(fields.get(NEW_EXPECTED_DATE), pledges.today(), errors));
				}
				else if (!outcome.equals(WRITE_OFF)) {
					errors.put(OUTCOME, new Keyed("error.followUp.outcome",
							"Choose: the donor gave a new date, or write the pledge off"));
				}
				String noteProblem = noteProblem(note, true, outcome.equals(WRITE_OFF)
						? "Give the reason for the write-off" : "Write down what the donor said");
				if (noteProblem != null) {
					errors.put(NOTE, !note.isEmpty() ? new Keyed("error.text.max", noteProblem, String.valueOf(MAX_NOTE))
							: outcome.equals(WRITE_OFF) ? new Keyed("error.pledge.writeOffReason", noteProblem)
							: new Keyed("error.followUp.note", noteProblem));
				}
				if (!errors.isEmpty()) {
					throw ValidationException.keyed(errors);
				}
				vars.put(OUTCOME, outcome);
				vars.put(NOTE, note);
				return vars;
			}
		};
	}

	private static String newDate(String value, LocalDate today, Map<String, Keyed> errors) {
		try {
			LocalDate date = LocalDate.parse(value == null ? "" : value.strip());
			if (!date.isAfter(today)) {
				errors.put(NEW_EXPECTED_DATE, new Keyed("error.pledge.newDate", "Give a new expected date after today"));
			}
			return date.toString();
		}
		catch (DateTimeParseException e) {
			errors.put(NEW_EXPECTED_DATE, new Keyed("error.followUp.dateFormat",
					"Give the new expected date as yyyy-mm-dd"));
			return null;
		}
	}
}

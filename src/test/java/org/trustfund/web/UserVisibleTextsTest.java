package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustfund.board.session.Decision;
import org.trustfund.board.session.OutcomeResult;
import org.trustfund.board.session.SessionKind;
import org.trustfund.board.session.SessionStatus;
import org.trustfund.board.session.VoteChoice;
import org.trustfund.calls.AssistanceService;
import org.trustfund.calls.CallStatus;
import org.trustfund.calls.TargetGroup;
import org.trustfund.donors.DonorKind;
import org.trustfund.donors.PledgeStatus;
import org.trustfund.grants.Amendment;
import org.trustfund.grants.GrantStatus;
import org.trustfund.grants.ReportStatus;
import org.trustfund.ledger.Bucket;
import org.trustfund.ledger.EntryType;
import org.trustfund.organisations.OrganisationStatus;
import org.trustfund.proposals.BudgetCategory;
import org.trustfund.proposals.ProposalStatus;
import org.trustfund.proposals.Recommendation;
import org.trustfund.proposals.ReviewStatus;
import org.trustfund.reserve.EntryState;
import org.trustfund.reserve.ListStatus;
import org.trustfund.reserve.ReserveEvent;
import org.trustfund.users.Role;

/**
 * The texts that reach users without a template naming their key (codes of enums, the process's task names,
 * messages and e-mails, history entries) have words in English and in Arabic: a code added without its words
 * fails here rather than showing {@code ??proposal.status.X_ar??} or the raw code to a reader.
 */
class UserVisibleTextsTest {

	/** Every enum whose codes are shown on a page, and the prefix of its words in the bundles. */
	private static final Map<Class<? extends Enum<?>>, String> SHOWN = new LinkedHashMap<>();

	static {
		SHOWN.put(ProposalStatus.class, "proposal.status.");
		SHOWN.put(ReviewStatus.class, "review.status.");
		SHOWN.put(Recommendation.class, "recommendation.");
		SHOWN.put(BudgetCategory.class, "budget.");
		SHOWN.put(CallStatus.class, "call.status.");
		SHOWN.put(TargetGroup.class, "targetGroup.");
		SHOWN.put(AssistanceService.class, "service.");
		SHOWN.put(GrantStatus.class, "grants.status.");
		SHOWN.put(ReportStatus.class, "grants.reportStatus.");
		SHOWN.put(Amendment.Status.class, "grants.amendmentStatus.");
		SHOWN.put(SessionStatus.class, "session.status.");
		SHOWN.put(SessionKind.class, "session.kind.");
		SHOWN.put(VoteChoice.class, "session.choice.");
		SHOWN.put(Decision.class, "session.decision.");
		SHOWN.put(OutcomeResult.class, "session.result.");
		SHOWN.put(OrganisationStatus.class, "organisation.status.");
		SHOWN.put(PledgeStatus.class, "pledge.status.");
		SHOWN.put(DonorKind.class, "donor.kind.");
		SHOWN.put(EntryType.class, "ledger.type.");
		SHOWN.put(Bucket.class, "ledger.bucket.");
		SHOWN.put(EntryState.class, "reserve.state.");
		SHOWN.put(ListStatus.class, "reserve.listStatus.");
		SHOWN.put(ReserveEvent.Kind.class, "reserve.event.");
		SHOWN.put(Role.class, "role.");
	}

	private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");
	private static final Pattern NOTICE_KEY = Pattern.compile("\"(notice\\.[A-Za-z.]*[A-Za-z])\"");
	private static final Pattern NOTICE_PREFIX = Pattern.compile("\"(notice\\.[A-Za-z.]+\\.)\" \\+ (\\w+)\\.name\\(\\)");
	private static final Pattern PROPOSAL_EVENT = Pattern.compile(
			"(?:history\\.(?:shared|internal)(?:Note)?\\(p, [\\w\"]+, |decide\\([^;]*?actor, |\\.note\\([^,]+, )\"([A-Z_]+)\"",
			Pattern.DOTALL);
	private static final Pattern NOTE_KEY = Pattern.compile("\"(note\\.[A-Za-z.]*[A-Za-z])\"");
	private static final Pattern ORGANISATION_EVENT = Pattern.compile("record(?:Note)?\\(org, [\\w\"]+, \"([A-Z_]+)\"");

	@Test
	void everyCodeShownHasWordsInBothLanguages() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (Map.Entry<Class<? extends Enum<?>>, String> shown : SHOWN.entrySet()) {
			for (Enum<?> code : shown.getKey().getEnumConstants()) {
				missing.addAll(missingInEither(shown.getValue() + code.name()));
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyUserTaskHasANameAndADescriptionInBothLanguages() throws IOException {
		Set<String> tasks = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				Matcher m = USER_TASK.matcher(Files.readString(bpmn));
				while (m.find()) {
					tasks.add(m.group(1));
				}
			}
		}
		assertThat(tasks).as("user tasks found in bpmn/").hasSizeGreaterThan(10);
		Set<String> missing = new TreeSet<>();
		for (String task : tasks) {
			missing.addAll(missingInEither("task." + task));
			missing.addAll(missingInEither("task." + task + ".description"));
		}
		assertThat(missing).isEmpty();
	}

	private static final Pattern STEP = Pattern.compile("<bpmn:(?:endEvent|intermediateCatchEvent|callActivity|subProcess"
			+ "|serviceTask|receiveTask|eventBasedGateway)\\b[^>]*?\\sid=\"([^\"]+)\"");

	/**
	 * Every step other than a user task that the process pages can name as current, or as the end reached, has
	 * words ({@code process.step.<processKey>.<id>}), so an Arabic reader does not see the model's English label.
	 */
	@Test
	void everyStepTheProcessPagesNameHasWordsInBothLanguages() throws IOException {
		Set<String> missing = new TreeSet<>();
		int found = 0;
		for (Map.Entry<String, String> process : Map.of("call-for-proposals.bpmn", "callForProposals",
				"proposal-review.bpmn", "proposalReview").entrySet()) {
			Matcher m = STEP.matcher(Files.readString(Path.of("bpmn", process.getKey())));
			while (m.find()) {
				found++;
				missing.addAll(missingInEither("process.step." + process.getValue() + "." + m.group(1)));
			}
		}
		assertThat(found).as("steps found in the two processes with a page").isGreaterThan(20);
		assertThat(missing).isEmpty();
	}

	/** Every kind of message the code sends (its subject and body keys) reads in both languages. */
	@Test
	void everyKindOfMessageHasWordsInBothLanguages() throws IOException {
		Set<String> keys = new TreeSet<>();
		Set<String> missing = new TreeSet<>();
		for (String source : javaSources()) {
			Matcher m = NOTICE_KEY.matcher(source);
			while (m.find()) {
				keys.add(m.group(1));
			}
			Matcher prefixed = NOTICE_PREFIX.matcher(source);
			while (prefixed.find()) {
				// the only codes concatenated to a notice key are a grant's ways of ending unaccepted
				for (GrantStatus ended : List.of(GrantStatus.DECLINED, GrantStatus.LAPSED)) {
					keys.add(prefixed.group(1) + ended.name());
				}
			}
		}
		assertThat(keys).as("message keys found in the code").hasSizeGreaterThan(40);
		keys.forEach(key -> missing.addAll(missingInEither(key)));
		assertThat(missing).isEmpty();
	}

	/** Every step recorded in a proposal's or organisation's history has its words. */
	@Test
	void everyHistoryEntryHasWordsInBothLanguages() throws IOException {
		Set<String> missing = new TreeSet<>();
		int found = 0;
		for (String source : javaSources()) {
			Matcher proposal = PROPOSAL_EVENT.matcher(source);
			while (proposal.find()) {
				found++;
				missing.addAll(missingInEither("proposal.event." + proposal.group(1)));
			}
			Matcher organisation = ORGANISATION_EVENT.matcher(source);
			while (organisation.find()) {
				found++;
				missing.addAll(missingInEither("organisation.event." + organisation.group(1)));
			}
		}
		assertThat(found).as("history entries found in the code").isGreaterThan(20);
		assertThat(missing).isEmpty();
	}

	/**
	 * Every key a domain error is made with ({@code ValidationException.keyed}, {@code ConflictException.keyed},
	 * {@code NotFoundException.keyed}, a {@code Keyed} message or word, a module's own refusal) reads in both
	 * languages: the first key-like string literal of each such call, and the keys the code builds by appending.
	 */
	@Test
	void everyKeyOfADomainErrorHasWordsInBothLanguages() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String source : javaSources()) {
			Matcher call = ERROR_CALL.matcher(source);
			while (call.find()) {
				int end = source.indexOf(';', call.end());
				Matcher literal = KEY_LITERAL.matcher(source.substring(call.end(), end < 0 ? source.length() : end));
				if (literal.find()) {
					keys.add(literal.group(1));
				}
			}
		}
		// built by appending: ProposalContent's length limits (the states' words are checked above, by enum)
		for (int max : List.of(2, 200, 300, 20000)) {
			keys.add("proposal.error.max" + max);
		}
		assertThat(keys).as("keys of domain errors found in the code").hasSizeGreaterThan(200)
			.contains("conflict.grant.state", "notFound.grant", "error.board.quorum", "action.pledge.writtenOff");
		Set<String> missing = new TreeSet<>();
		keys.forEach(key -> missing.addAll(missingInEither(key)));
		assertThat(missing).isEmpty();
	}

	/** A note the system writes into a history ({@code Note.of("note....")}) reads in both languages. */
	@Test
	void everySystemNoteHasWordsInBothLanguages() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String source : javaSources()) {
			Matcher m = NOTE_KEY.matcher(source);
			while (m.find()) {
				keys.add(m.group(1));
			}
		}
		assertThat(keys).as("note keys found in the code").hasSizeGreaterThan(20);
		Set<String> missing = new TreeSet<>();
		keys.forEach(key -> missing.addAll(missingInEither(key)));
		assertThat(missing).isEmpty();
	}

	/** A call that makes a domain error or one of its words, up to its opening parenthesis. */
	private static final Pattern ERROR_CALL = Pattern.compile("(?:Exception\\.keyed|\\bKeyed\\.word|\\bKeyed\\.state"
			+ "|new (?:ValidationException\\.)?Keyed|new \\w+Exception)\\(");

	/** A string literal that is a bundle key (dotted, no spaces), not followed by {@code +} (a prefix). */
	private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"(?!\\s*\\+)");

	private static Set<String> missingInEither(String key) {
		Set<String> missing = new TreeSet<>();
		if (!ENGLISH.containsKey(key)) {
			missing.add("messages.properties: " + key);
		}
		if (!ARABIC.containsKey(key)) {
			missing.add("messages_ar.properties: " + key);
		}
		return missing;
	}

	private static List<String> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
				try {
					return Files.readString(p);
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
		}
	}

	private static final Properties ENGLISH = load("messages.properties");
	private static final Properties ARABIC = load("messages_ar.properties");

	private static Properties load(String bundle) {
		Properties properties = new Properties();
		try (InputStream in = UserVisibleTextsTest.class.getResourceAsStream("/" + bundle);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return properties;
	}
}

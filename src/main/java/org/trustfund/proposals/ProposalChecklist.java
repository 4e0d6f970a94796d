package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A draft's checklist in the reader's language: what {@link ProposalRules#completeness} finds, as the proposal
 * page lists it and as submission refuses an incomplete draft (one message per field, in the form's order).
 */
@Component
@NamedInterface("api")
public class ProposalChecklist {

	private final MessageSource messages;
	private final ProposalAttachments attachments;

	ProposalChecklist(MessageSource messages, ProposalAttachments attachments) {
		this.messages = messages;
		this.attachments = attachments;
	}

	/**
	 * One line of the checklist.
	 * @param field the proposal form's field id it is about ({@code documents}: the upload on the proposal page)
	 * @param text what a complete proposal has, in the reader's language
	 * @param met whether this draft has it
	 */
	public record Item(String field, String text, boolean met) {
	}

	/** Every line of the checklist of proposal {@code p}, in the language of the current request. */
	public List<Item> of(Proposal p) {
		Locale locale = LocaleContextHolder.getLocale();
		return checks(p).stream()
			.map(c -> new Item(c.field(), messages.getMessage(c.key(), c.args().toArray(), locale), c.met()))
			.toList();
	}

	/**
	 * What is missing for submission: field to message ({@code proposal.missing.<field>}) in the language of the
	 * current request, in the form's order; empty when the draft is complete.
	 */
	Map<String, String> problems(Proposal p) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> problems = new LinkedHashMap<>();
		checks(p).stream().filter(c -> !c.met()).forEach(c -> problems.put(c.field(),
				messages.getMessage("proposal.missing." + c.field(), c.args().toArray(), locale)));
		return problems;
	}

	private List<ProposalRules.Check> checks(Proposal p) {
		return ProposalRules.completeness(p.content(), (int) attachments.countByProposalId(p.getId()));
	}
}

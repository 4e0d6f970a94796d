package org.trustfund.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.trustfund.shared.ValidationException;

/**
 * Lets the rules' errors ({@link ValidationException#keyed}) be read in the language of the request they
 * answer: the form's messages and the API's field errors (whose language follows {@code Accept-Language} or
 * the {@code tf-lang} cookie). Outside a request they stay in English.
 */
@Component
class DomainMessages {

	DomainMessages(MessageSource messages) {
		ValidationException.translateWith((key, args) -> {
			LocaleContext context = LocaleContextHolder.getLocaleContext();
			Locale locale = context == null || context.getLocale() == null ? Locale.ENGLISH : context.getLocale();
			return messages.getMessage(key, args, null, locale);
		});
	}
}

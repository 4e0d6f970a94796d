package org.trustfund.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Helpers for the shared layout, used in templates as {@code @layout}. */
@Component("layout")
public class Layout {

	public boolean rtl() {
		Locale locale = LocaleContextHolder.getLocale();
		return "ar".equals(locale.getLanguage());
	}

	public String dir() {
		return rtl() ? "rtl" : "ltr";
	}

	public String lang() {
		return rtl() ? "ar" : "en";
	}
}

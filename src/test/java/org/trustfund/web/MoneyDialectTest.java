package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.trustfund.shared.Money;

/** {@code #money} in a template: the amount in the template's locale, with or without the fund's currency. */
class MoneyDialectTest {

	private final SpringTemplateEngine engine = engine();

	@Test
	void writesAmountsInTheTemplatesLocale() {
		assertThat(render("[[${#money.format(x)}]]", Money.of("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.50");
		assertThat(render("[[${#money.format(x)}]]", new BigDecimal("-10"), Locale.ENGLISH)).isEqualTo("-10.00");
		assertThat(render("[[${#money.format(x)}]]", Money.of("1234.5"), Locale.forLanguageTag("ar")))
			.isEqualTo("١,٢٣٤.٥٠");
		assertThat(render("[[${#money.format(x)}]]", null, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void namesTheFundsCurrencyOnce() {
		assertThat(render("[[${#money.withCurrency(x)}]]", Money.of(7), Locale.ENGLISH)).isEqualTo("USD 7.00");
		assertThat(render("[[${#money.currency()}]]", null, Locale.ENGLISH)).isEqualTo(Money.CURRENCY);
		assertThat(render("[[${#money.withCurrency(x)}]]", null, Locale.ENGLISH)).isEmpty();
	}

	private String render(String template, Object x, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("x", x);
		return engine.process(template, context);
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new MoneyDialect());
		return engine;
	}
}

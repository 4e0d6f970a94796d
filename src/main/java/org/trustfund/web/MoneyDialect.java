package org.trustfund.web;

import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.trustfund.shared.Money;
import org.trustfund.shared.MoneyFormat;

/**
 * Gives every template, page or PDF, {@code #money.format(x)}: an amount ({@code Money} or a number, USD) as
 * {@link MoneyFormat#page} writes it in the template's locale, or nothing for null; {@code #money.withCurrency(x)}
 * puts the fund's currency before it ({@code USD 1,234.50}). Spring Boot adds this
 * dialect bean to its template engine.
 */
@Component
class MoneyDialect extends AbstractDialect implements IExpressionObjectDialect {

	MoneyDialect() {
		super("money");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("money");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return new Amounts(context.getLocale());
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}
		};
	}

	/** The {@code #money} object of one template's execution. */
	public static final class Amounts {

		private final Locale locale;

		Amounts(Locale locale) {
			this.locale = locale;
		}

		/** {@code 1,234.50} in the template's digits; null for null. */
		public String format(Object amount) {
			return MoneyFormat.page(amount, locale);
		}

		/** The fund's currency, {@link Money#CURRENCY}, for a template that writes it apart from an amount. */
		public String currency() {
			return Money.CURRENCY;
		}

		/** {@code USD 1,234.50}: {@link Money#CURRENCY}, a space, then {@link #format}; null for null. */
		public String withCurrency(Object amount) {
			return amount == null ? null : Money.CURRENCY + " " + format(amount);
		}
	}
}

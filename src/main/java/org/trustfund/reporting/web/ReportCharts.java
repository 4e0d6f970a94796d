package org.trustfund.reporting.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trustfund.donors.DonorKind;
import org.trustfund.grants.GrantReporting;
import org.trustfund.reporting.FundReport;
import org.trustfund.reporting.SvgChart;
import org.trustfund.shared.MoneyFormat;
import org.trustfund.web.Countries;

/** The report's four charts as SVG, labelled in the reader's language: name → {@code <svg>} markup. */
@Component
class ReportCharts {

	private final MessageSource messages;

	ReportCharts(MessageSource messages) {
		this.messages = messages;
	}

	/** The contributions, countries, victims and forecast charts of {@code r}; Arabic ones are drawn right to left. */
	Map<String, String> of(FundReport r, Locale locale) {
		Map<String, String> charts = new LinkedHashMap<>();
		boolean rtl = "ar".equals(locale.getLanguage());
		List<FundReport.YearIn> years = r.moneyIn().years();
		List<String> kinds = Arrays.stream(DonorKind.values()).map(k -> msg("report.kind." + k, locale)).toList();
		// amounts as the tables beside the charts write them (grouped, two decimals, the page's digits)
		java.util.function.Function<BigDecimal, String> amount = v -> MoneyFormat.page(v, locale);
		charts.put("contributions", SvgChart.bars(msg("report.chart.contributions", locale),
				years.stream().map(y -> Integer.toString(y.year())).toList(), kinds,
				years.stream().map(y -> Arrays.stream(DonorKind.values()).map(k -> y.byKind().get(k))
					.toArray(BigDecimal[]::new)).toArray(BigDecimal[][]::new), rtl, amount));
		List<GrantReporting.Group> countries = r.moneyOut().byCountry();
		charts.put("countries", SvgChart.bars(msg("report.chart.countries", locale),
				countries.stream().map(c -> Countries.name(c.key(), locale)).toList(), List.of(msg("report.awarded", locale)),
				countries.stream().map(c -> new BigDecimal[] { c.awarded() }).toArray(BigDecimal[][]::new), rtl, amount));
		List<GrantReporting.VictimsYear> victims = r.results().years();
		charts.put("victims", SvgChart.bars(msg("report.chart.victims", locale),
				victims.stream().map(v -> Integer.toString(v.year())).toList(),
				List.of(msg("report.women", locale), msg("report.girls", locale), msg("report.men", locale),
						msg("report.boys", locale)),
				victims.stream().map(v -> new BigDecimal[] { BigDecimal.valueOf(v.women()), BigDecimal.valueOf(v.girls()),
					BigDecimal.valueOf(v.men()), BigDecimal.valueOf(v.boys()) }).toArray(BigDecimal[][]::new), rtl));
		List<FundReport.ForecastMonth> months = r.forecast().months();
		charts.put("forecast", SvgChart.bars(msg("report.chart.forecast", locale),
				months.stream().map(m -> m.month().toString()).toList(), List.of(msg("report.available", locale)),
				months.stream().map(m -> new BigDecimal[] { m.available() }).toArray(BigDecimal[][]::new), rtl, amount));
		return charts;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}

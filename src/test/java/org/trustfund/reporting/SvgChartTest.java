package org.trustfund.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

	@Test
	void drawsStackedBarsWithTitlesScaledToTheLargestBarAndEscapesLabels() {
		String svg = SvgChart.bars("Paid <per> year", List.of("2015", "2016"), List.of("States", "Private & co"),
				new BigDecimal[][] { { new BigDecimal("100"), new BigDecimal("100") }, { new BigDecimal("50"), BigDecimal.ZERO } });
		assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title>Paid &lt;per&gt; year</title>",
				"<title>2015, Private &amp; co: 100</title>", "<title>2016, States: 50</title>")
			.doesNotContain("<script", "href");
		// The tallest bar (200) fills the plot (200 px high); 2016's 50 is a quarter of it.
		assertThat(svg).contains("height=\"100.0\"", "height=\"50.0\"");
	}

	@Test
	void keepsArabicLabelsAndDrawsNegativeFiguresAsZero() {
		String svg = SvgChart.bars("المساهمات", List.of("٢٠١٥"), List.of("الدول الأعضاء"),
				new BigDecimal[][] { { new BigDecimal("-5") } });
		assertThat(svg).contains("<title>المساهمات</title>", "الدول الأعضاء", "height=\"0.0\"");
	}

	@Test
	void drawsArabicChartsRightToLeft() {
		String svg = SvgChart.bars("المساهمات", List.of("2015", "2016"), List.of("الدول الأعضاء", "المؤسسات"),
				new BigDecimal[][] { { BigDecimal.ONE, BigDecimal.ONE }, { BigDecimal.ONE, BigDecimal.ONE } }, true);
		assertThat(svg).contains("direction=\"rtl\"", "text-anchor=\"end\"");
		int first = Integer.parseInt(svg.replaceAll("(?s).*?<text x=\"(\\d+)\"[^>]*>2015<.*", "$1"));
		int second = Integer.parseInt(svg.replaceAll("(?s).*?<text x=\"(\\d+)\"[^>]*>2016<.*", "$1"));
		assertThat(first).as("the first year stands right of the second").isGreaterThan(second);
	}

	@Test
	void writesEachFigureAsAskedAndShortensLabelsThatDoNotFitTheirBar() {
		List<String> names = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "Democratic Republic " + i).toList();
		BigDecimal[][] values = names.stream().map(n -> new BigDecimal[] { new BigDecimal("140000.00") }).toArray(BigDecimal[][]::new);
		String svg = SvgChart.bars("Grants", names, List.of("Awarded (USD)"), values, false, v -> "140,000.00");
		assertThat(svg).contains("<title>Democratic Republic 0, Awarded (USD): 140,000.00</title>")
			.doesNotContain("140000.00").contains("…</text>").doesNotContain(">Democratic Republic 0</text>");
		String arabic = SvgChart.bars("المنح", List.of("المكسيك"), List.of("الممنوح"), new BigDecimal[][] { { BigDecimal.TEN } }, true);
		assertThat(arabic).contains("<title>المكسيك، الممنوح: 10</title>").contains(">المكسيك</text>");
	}
}

package org.trustfund.reporting;

import org.springframework.modulith.NamedInterface;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A bar chart as inline SVG, drawn on the server: no script, no external resource. Each bar may be a stack of
 * series; the chart carries a {@code <title>} (its accessible name) and each bar segment a {@code <title>} with its
 * figure. The page prints the same figures as a table beside it.
 */
@NamedInterface("api")
public final class SvgChart {

	private static final String[] COLOURS = { "#1f5f8b", "#e07b39", "#5a9e4b", "#8e5ea2", "#c44e52" };
	private static final int WIDTH = 640;
	private static final int HEIGHT = 260;
	private static final int TOP = 20;
	private static final int BOTTOM = 40;
	private static final int LEFT = 10;

	private SvgChart() {
	}

	/** A left-to-right chart: {@link #bars(String, List, List, BigDecimal[][], boolean)} with {@code rtl} false. */
	public static String bars(String title, List<String> labels, List<String> series, BigDecimal[][] values) {
		return bars(title, labels, series, values, false);
	}

	/**
	 * @param title the chart's name, in the reader's language
	 * @param labels one label per bar (years, countries, months)
	 * @param series one name per stacked series (a legend entry each)
	 * @param values {@code values[bar][series]}, non-negative (negative values are drawn as zero)
	 * @param rtl right to left (Arabic): the first bar at the right, the legend at the right margin
	 * @return an {@code <svg>} element with a fixed width and height in px (for the PDF) and a view box (a page may
	 *         scale it), escaped, ready to place in a page as is
	 */
	public static String bars(String title, List<String> labels, List<String> series, BigDecimal[][] values,
			boolean rtl) {
		return bars(title, labels, series, values, rtl, BigDecimal::toPlainString);
	}

	/**
	 * As {@link #bars(String, List, List, BigDecimal[][], boolean)}, each figure written by {@code figure} (e.g. an
	 * amount grouped in thousands in the reader's language). A label wider than its bar's slot is shortened with
	 * "…" under the bar; each bar's {@code <title>} keeps it whole.
	 *
	 * @param figure writes one value of {@code values} for the bars' titles
	 */
	public static String bars(String title, List<String> labels, List<String> series, BigDecimal[][] values,
			boolean rtl, java.util.function.Function<BigDecimal, String> figure) {
		BigDecimal max = BigDecimal.ONE;
		for (BigDecimal[] bar : values) {
			BigDecimal total = BigDecimal.ZERO;
			for (BigDecimal v : bar) {
				total = total.add(v.max(BigDecimal.ZERO));
			}
			max = max.max(total);
		}
		int n = Math.max(labels.size(), 1);
		int slot = (WIDTH - LEFT) / n;
		int barWidth = Math.max(2, Math.min(slot * 2 / 3, 80));
		int plot = HEIGHT - TOP - BOTTOM;
		StringBuilder svg = new StringBuilder();
		int height = HEIGHT + 20 * series.size();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
			.append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
			.append("\" font-family=\"Noto Sans Arabic, sans-serif\" class=\"chart\"")
			.append(rtl ? " direction=\"rtl\"" : "").append("><title>").append(esc(title)).append("</title>");
		for (int b = 0; b < labels.size(); b++) {
			int x = rtl ? WIDTH - LEFT - b * slot - barWidth : LEFT + b * slot;
			double y = HEIGHT - BOTTOM;
			for (int s = 0; s < series.size(); s++) {
				BigDecimal v = values[b][s].max(BigDecimal.ZERO);
				double h = v.multiply(BigDecimal.valueOf(plot)).divide(max, 2, RoundingMode.HALF_UP).doubleValue();
				y -= h;
				svg.append("<rect x=\"").append(x).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(barWidth)
					.append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(COLOURS[s % COLOURS.length])
					.append("\"><title>").append(esc(labels.get(b) + (rtl ? "، " : ", ") + series.get(s) + ": " + figure.apply(values[b][s])))
					.append("</title></rect>");
			}
			svg.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
				.append("\" font-size=\"11\" text-anchor=\"middle\">").append(esc(fit(labels.get(b), slot))).append("</text>");
		}
		for (int s = 0; s < series.size() && series.size() > 1; s++) {
			int y = HEIGHT + s * 20;
			int box = rtl ? WIDTH - LEFT - 12 : LEFT;
			int text = rtl ? WIDTH - LEFT - 18 : LEFT + 18;
			svg.append("<rect x=\"").append(box).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
				.append(COLOURS[s % COLOURS.length]).append("\"/><text x=\"").append(text).append("\" y=\"").append(y)
				.append("\" font-size=\"12\"").append(rtl ? " text-anchor=\"end\"" : "").append('>')
				.append(esc(series.get(s))).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	/** The label, shortened with "…" when it is wider than {@code slot} px at 11 px (about 7 px a character). */
	private static String fit(String label, int slot) {
		int chars = Math.max(3, slot / 7);
		return label.length() <= chars ? label : label.substring(0, chars - 1).strip() + "…";
	}

	private static String fmt(double d) {
		return String.format(java.util.Locale.ROOT, "%.1f", d);
	}

	private static String esc(String s) {
		return HtmlUtils.htmlEscape(s, "UTF-8");
	}
}

package org.trustfund.grants;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.trustfund.calls.AssistanceService;

/** What an NGO reports for a period: victims by sex and age group and by service, a narrative, money spent per line. */
public record ReportFigures(int women, int girls, int men, int boys, Map<AssistanceService, Integer> services,
		String narrative, List<BigDecimal> spentPerLine) {

	public int victims() {
		return women + girls + men + boys;
	}
}

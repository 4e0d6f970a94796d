package org.trustfund;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the one clock (Camunda's {@code ClockUtil}, read by {@code processes.FundClock}) back to the system's time
 * after every test class, registered for all tests through JUnit's extension auto-detection
 * ({@code junit-platform.properties}). A class that moves time and forgets to reset it would otherwise move the
 * application's "today" for every class after it in the same JVM (a reserve list expiring "in the past").
 */
public class EngineClockReset implements AfterAllCallback {

	@Override
	public void afterAll(ExtensionContext context) {
		ClockUtil.reset();
	}
}

package org.trustfund.setup;

import org.springframework.modulith.NamedInterface;

/**
 * Data a node writes when it starts (Camunda authorizations, the first administrator, demo data). Every
 * step is a bean; {@link StartupData} runs them in {@code @Order} order, in one transaction, while it holds
 * the database's start-up lock, so a step that finds its data already there (written by this node earlier
 * or by another node a moment ago) writes nothing. A step that throws stops the start.
 */
@NamedInterface("spi")
public interface StartupStep {

	/** Writes this step's data unless it is there already; runs inside the start-up transaction. */
	void run();
}

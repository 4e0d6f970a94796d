package org.trustfund;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package under org.trustfund is a module: others may use its top-level types only,
 * never its subpackages (web, process, camunda), and modules must not depend on each other in cycles.
 */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(TrustFundApplication.class).verify();
	}
}

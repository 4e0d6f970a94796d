package org.trustfund.processes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/**
 * The application reads time from its one clock ({@link FundClock}, injected as {@link Clock}) and nowhere
 * else: no system clock, no {@code now()} without a clock, no Camunda {@link ClockUtil} outside
 * {@link FundClock}. A class that broke this would not move when a test moves the engine's time.
 */
class OneClockTest {

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.trustfund");

	@Test
	void noClassReadsTheSystemClock() {
		noClasses().that().doNotHaveFullyQualifiedName(FundClock.class.getName())
			.should().callMethod(Instant.class, "now")
			.orShould().callMethod(LocalDate.class, "now")
			.orShould().callMethod(LocalDate.class, "now", ZoneId.class)
			.orShould().callMethod(LocalDateTime.class, "now")
			.orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
			.orShould().callMethod(OffsetDateTime.class, "now")
			.orShould().callMethod(ZonedDateTime.class, "now")
			.orShould().callMethod(Clock.class, "systemUTC")
			.orShould().callMethod(Clock.class, "systemDefaultZone")
			.orShould().callMethod(System.class, "currentTimeMillis")
			.because("the application's one clock is the injected Clock (processes.FundClock), which tests move")
			.check(APPLICATION);
	}

	@Test
	void onlyTheFundClockReadsCamundasClock() {
		noClasses().that().doNotHaveFullyQualifiedName(FundClock.class.getName())
			.should().dependOnClassesThat().haveFullyQualifiedName(ClockUtil.class.getName())
			.because("FundClock is the one reader of the engine's time")
			.check(APPLICATION);
	}
}

package org.trustfund;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under org.trustfund is a module: others may use its top-level types only, never its
 * subpackages (web, process, camunda); modules must not depend on each other in cycles; and each module uses only
 * the modules its {@code package-info.java} allows ({@code @ApplicationModule(allowedDependencies = …)}). The
 * README's architecture section shows the same modules and dependencies (a Mermaid graph made from the code), and
 * Spring Modulith's {@link Documenter} writes its own diagram of all modules to {@code target/spring-modulith-docs}
 * (not one per module: those took half a minute of a busy build).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TrustFundApplication.class);

	@Test
	void modulesRespectTheirDeclaredBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		MODULES.forEach(module -> assertThat(module.getBasePackage().getAnnotation(
				org.springframework.modulith.ApplicationModule.class))
			.as("package-info.java of %s declares @ApplicationModule", module.getIdentifier()).isPresent());
	}

	/**
	 * Every module another module uses says what it exposes ({@code @NamedInterface} on the types meant for others),
	 * and no module declares another whole:
	 * a module that may use only {@code users::api} fails {@link #modulesRespectTheirDeclaredBoundaries} when it
	 * reaches for anything else of {@code users}.
	 */
	@Test
	void everyModuleOthersUseExposesNamedInterfaces() {
		// every module another module uses, except the open module shared
		java.util.Set<String> used = new java.util.TreeSet<>();
		MODULES.forEach(m -> m.getDirectDependencies(MODULES).stream()
			.map(d -> d.getTargetModule().getIdentifier().toString()).forEach(used::add));
		used.remove("shared");
		assertThat(used).contains("proposals", "grants", "board", "calls", "donors", "reserve", "reporting", "files");
		for (String name : used) {
			var module = MODULES.getModuleByName(name).orElseThrow();
			assertThat(module.getNamedInterfaces().stream().filter(i -> !i.isUnnamed()))
				.as("named interfaces of %s", name).isNotEmpty();
			MODULES.forEach(other -> other.getBasePackage()
				.getAnnotation(org.springframework.modulith.ApplicationModule.class)
				.ifPresent(declared -> assertThat(declared.allowedDependencies())
					.as("%s uses %s through its named interfaces", other.getIdentifier(), name)
					.doesNotContain(name)));
		}
	}

	@Test
	void theReadmeShowsTheModulesAsTheCodeHasThem() throws IOException {
		new Documenter(MODULES).writeModulesAsPlantUml();
		String graph = mermaid();
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		assertThat(readme).as("README's module graph; replace it with:%n%s", graph).contains(graph);
	}

	/** A Mermaid graph of the modules' direct dependencies, modules and arrows in name order. */
	static String mermaid() {
		StringBuilder graph = new StringBuilder("```mermaid\ngraph LR\n");
		MODULES.stream().sorted(java.util.Comparator.comparing(m -> m.getIdentifier().toString())).forEach(m -> {
			String uses = m.getDirectDependencies(MODULES).stream()
				.map(d -> d.getTargetModule().getIdentifier().toString()).distinct().sorted()
				.collect(Collectors.joining(" & "));
			graph.append("  ").append(m.getIdentifier()).append(uses.isEmpty() ? "" : " --> " + uses).append('\n');
		});
		return graph.append("```\n").toString();
	}
}

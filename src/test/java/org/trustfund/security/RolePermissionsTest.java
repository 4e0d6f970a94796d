package org.trustfund.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.trustfund.users.Role;

/**
 * The one mapping of roles to permissions ({@link RolePermissions}): complete, the same as the README's
 * "Who may use what" table, carried by every logged-in user, and the only vocabulary of access rules in the
 * code and templates.
 */
class RolePermissionsTest {

	private static final Pattern AUTHORITY_RULE = Pattern.compile("has(?:Any)?Authority\\(([^)]*)\\)");
	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
	/** A Spring Security rule by role name ({@code hasRole('admin')}, {@code .hasAnyRole(...)}), not a role check in code. */
	private static final Pattern ROLE_RULE = Pattern.compile("has(?:Any)?Role\\(\\s*['\"]|\\.hasAnyRole\\(");

	@Test
	void everyPermissionBelongsToAtLeastOneRole() {
		for (Permission permission : Permission.values()) {
			assertThat(RolePermissions.rolesWith(permission)).as(permission.name()).isNotEmpty();
		}
	}

	@Test
	void everyRoleHasPermissions() {
		for (Role role : Role.values()) {
			assertThat(RolePermissions.of(role)).as(role.name()).isNotEmpty();
		}
	}

	@Test
	void theReadmeTableIsTheMapping() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String header = "| Permission | " + String.join(" | ",
				Arrays.stream(Role.values()).map(r -> "`" + r.groupId() + "`").toList()) + " | What it allows |";
		int start = readme.indexOf(header);
		assertThat(start).as("the README's table of permissions, with one column per role in Role's order")
			.isNotNegative();
		Map<Role, Set<Permission>> documented = new EnumMap<>(Role.class);
		Arrays.stream(Role.values()).forEach(r -> documented.put(r, EnumSet.noneOf(Permission.class)));
		List<Permission> rows = new ArrayList<>();
		for (String line : readme.substring(start).lines().skip(2).takeWhile(l -> l.startsWith("|")).toList()) {
			String[] cells = line.split("\\|", -1);
			Permission permission = Permission.valueOf(cells[1].strip().replace("`", ""));
			rows.add(permission);
			for (Role role : Role.values()) {
				String mark = cells[2 + role.ordinal()].strip();
				assertThat(mark).as("%s / %s", permission, role).isIn("", "✓");
				if (!mark.isEmpty()) {
					documented.get(role).add(permission);
				}
			}
		}
		assertThat(rows).as("one row per permission, in the enum's order").containsExactly(Permission.values());
		for (Role role : Role.values()) {
			assertThat(documented.get(role)).as(role.name()).isEqualTo(RolePermissions.of(role));
		}
	}

	@Test
	void aUserCarriesEachRoleAndEveryPermissionOfItsRoles() {
		AppUser chair = AppUser.of("benita", "Benita", "{noop}x", true, null,
				EnumSet.of(Role.TRUSTEE, Role.BOARD_CHAIR));
		Set<String> expected = new java.util.HashSet<>(Set.of("ROLE_trustee", "ROLE_boardchair"));
		RolePermissions.of(Role.TRUSTEE).forEach(p -> expected.add(p.authority()));
		RolePermissions.of(Role.BOARD_CHAIR).forEach(p -> expected.add(p.authority()));
		assertThat(chair.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(chair.can(Permission.VOTE)).isTrue();
		assertThat(chair.can(Permission.PAY_TRANCHE)).isFalse();
		assertThat(chair.groups()).containsExactly("trustee", "boardchair");
	}

	@Test
	void anNgoMembersGroupsAreItsRoleAndItsOrganisation() {
		AppUser member = AppUser.of("nadia", "Nadia", "{noop}x", true, 42L, EnumSet.of(Role.NGO_MEMBER));
		assertThat(member.groups()).containsExactly("ngo", "org42");
		assertThat(member.can(Permission.WRITE_PROPOSAL)).isTrue();
		assertThat(member.can(Permission.READ_ALL_PROPOSALS)).isFalse();
	}

	@Test
	void aUserWithoutRolesMayDoNothing() {
		AppUser nobody = AppUser.of("x", "X", "{noop}x", true, null, EnumSet.noneOf(Role.class));
		assertThat(nobody.getAuthorities()).isEmpty();
		assertThat(Arrays.stream(Permission.values()).filter(nobody::can)).isEmpty();
	}

	@Test
	void accessRulesInCodeAndTemplatesNamePermissionsNotRoles() throws IOException {
		List<String> unknown = new ArrayList<>();
		List<String> byRole = new ArrayList<>();
		int rules = 0;
		List<Path> files;
		try (Stream<Path> java = Files.walk(Path.of("src/main/java"));
				Stream<Path> html = Files.walk(Path.of("src/main/resources/templates"))) {
			files = Stream.concat(java, html).filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".html"))
				.toList();
		}
		Set<String> names = Set.copyOf(Arrays.stream(Permission.values()).map(Permission::name).toList());
		for (Path file : files) {
			String text = Files.readString(file);
			if (ROLE_RULE.matcher(text).find()) {
				byRole.add(file.toString());
			}
			Matcher rule = AUTHORITY_RULE.matcher(text);
			while (rule.find()) {
				Matcher name = QUOTED.matcher(rule.group(1));
				while (name.find()) {
					rules++;
					if (!names.contains(name.group(1)) && !name.group(1).equals("…")) {
						unknown.add(file + ": " + name.group(1));
					}
				}
			}
		}
		assertThat(rules).as("hasAuthority rules found").isGreaterThan(100);
		assertThat(unknown).as("hasAuthority('…') naming no Permission").isEmpty();
		assertThat(byRole).as("files deciding access by role name").isEmpty();
	}
}

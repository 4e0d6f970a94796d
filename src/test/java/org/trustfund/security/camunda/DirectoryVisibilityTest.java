package org.trustfund.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustfund.IntegrationTest;
import org.trustfund.TestData;
import org.trustfund.users.Role;
import org.trustfund.users.UserService;

/**
 * The identity provider shows the directory to the application and to Camunda administrators; any other
 * Camunda caller (an authentication set on the thread, as Camunda's REST API and webapps do) finds only
 * themself and their own groups.
 */
@IntegrationTest
class DirectoryVisibilityTest {

	@Autowired
	IdentityService identity;
	@Autowired
	UserService users;

	private String fundManager;
	private String trustee;
	private String admin;

	@BeforeEach
	void users() {
		fundManager = TestData.unique("dir_fm");
		TestData.staff(users, fundManager, Role.FUND_MANAGER);
		trustee = TestData.unique("dir_trustee");
		TestData.staff(users, trustee, Role.TRUSTEE);
		admin = TestData.unique("dir_admin");
		TestData.staff(users, admin, Role.ADMIN);
	}

	@AfterEach
	void clear() {
		identity.clearAuthentication();
	}

	@Test
	void aNonAdministratorFindsOnlyThemselfAndTheirGroups() {
		identity.setAuthentication(fundManager, List.of(Role.FUND_MANAGER.groupId()));

		assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly(fundManager);
		assertThat(identity.createUserQuery().count()).isEqualTo(1);
		assertThat(identity.createUserQuery().userId(trustee).singleResult()).isNull();
		assertThat(identity.createUserQuery().memberOfGroup(Role.TRUSTEE.groupId()).list()).isEmpty();
		assertThat(identity.createUserQuery().userEmailLike("%").list()).extracting(User::getId)
			.containsExactly(fundManager);
		assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
			.containsExactly(Role.FUND_MANAGER.groupId());
		assertThat(identity.createGroupQuery().groupMember(trustee).list()).isEmpty();
		assertThat(identity.createGroupQuery().groupId(Role.ADMIN.groupId()).count()).isZero();
		assertThat(identity.createUserQuery().userId(fundManager).singleResult().getEmail())
			.isEqualTo(fundManager + "@trustfund.example");
	}

	@Test
	void administratorsAndTheApplicationSeeEveryone() {
		assertThat(identity.createUserQuery().list()).extracting(User::getId).contains(fundManager, trustee, admin);
		assertThat(identity.createGroupQuery().groupMember(trustee).list()).extracting(Group::getId)
			.containsExactly(Role.TRUSTEE.groupId());

		identity.setAuthentication(admin, List.of(Role.ADMIN.groupId()));
		assertThat(identity.createUserQuery().list()).extracting(User::getId).contains(fundManager, trustee, admin);
		assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
			.contains(Role.ADMIN.groupId(), Role.TRUSTEE.groupId(), Role.FUND_MANAGER.groupId());
	}
}

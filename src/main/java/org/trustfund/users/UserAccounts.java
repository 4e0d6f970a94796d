package org.trustfund.users;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.modulith.NamedInterface;

@NamedInterface("accounts")
public interface UserAccounts extends JpaRepository<UserAccount, String>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<UserAccount> {

	List<UserAccount> findAllByOrderByUsername();

	List<UserAccount> findByOrganisationIdOrderByUsername(Long organisationId);

	@Query("select u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.username")
	List<UserAccount> findEnabledByRole(Role role);
}

package org.trustfund.users;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Which organisations the secretariat has not verified yet (so their members wait), provided by the organisations
 * module for the users list's filter "waiting for their organisation's verification" ({@code /admin/users?waiting=true}).
 */
@NamedInterface("spi")
public interface WaitingOrganisations {

	/** @return the ids of the organisations waiting for the secretariat's verification (maybe empty, never null) */
	Set<Long> awaitingVerification();
}

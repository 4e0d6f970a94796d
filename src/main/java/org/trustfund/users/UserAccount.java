package org.trustfund.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A person who logs in. The single source of truth for users, roles and organisation membership:
 * Spring Security and Camunda (through {@code security.camunda}) both read it.
 */
@NamedInterface("api")
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	private String username;

	@Column(nullable = false)
	private String displayName;

	private String email;

	@Column(nullable = false)
	private String passwordHash;

	private boolean enabled = true;

	private Long organisationId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String preferredLanguage;

	private String timeZone;

	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
			Long organisationId, Instant createdAt) {
		this.username = username;
		this.createdAt = createdAt;
		this.passwordHash = passwordHash;
		update(displayName, email, roles, organisationId);
	}

	/** Changes profile, roles and membership; an NGO member always belongs to exactly one organisation. */
	public void update(String displayName, String email, Set<Role> roles, Long organisationId) {
		if (roles.contains(Role.NGO_MEMBER) && organisationId == null) {
			throw org.trustfund.shared.ValidationException.keyed("roles", "error.user.ngoWithoutOrganisation",
					"An NGO member must belong to an organisation");
		}
		if (roles.contains(Role.BOARD_CHAIR) && !roles.contains(Role.TRUSTEE)) {
			throw org.trustfund.shared.ValidationException.keyed("roles", "error.user.chairNotTrustee",
					"The Board chair must also be a trustee");
		}
		this.displayName = displayName;
		this.email = email;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.organisationId = roles.contains(Role.NGO_MEMBER) ? organisationId : null;
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	/** @param zone the IANA zone the user reads times in (checked by {@link UserService}), or {@code null} for UTC */
	public void preferTimeZone(java.time.ZoneId zone) {
		this.timeZone = zone == null ? null : zone.getId();
	}

	/** @return the zone the user chose, or {@code null} when they read times in UTC */
	public java.time.ZoneId getTimeZone() {
		try {
			return timeZone == null ? null : java.time.ZoneId.of(timeZone);
		}
		catch (java.time.DateTimeException e) {
			return null; // a zone this JVM no longer knows: UTC
		}
	}

	public void preferLanguage(String language) {
		this.preferredLanguage = language;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public Set<Role> getRoles() {
		return Collections.unmodifiableSet(roles);
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

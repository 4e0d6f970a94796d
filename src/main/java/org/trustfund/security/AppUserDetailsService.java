package org.trustfund.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustfund.users.UserAccounts;

@Service
class AppUserDetailsService implements UserDetailsService {

	private final UserAccounts users;

	AppUserDetailsService(UserAccounts users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findById(username).map(AppUser::new)
				.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}
}

package org.trustfund.home;

import org.trustfund.security.AppUser;

/**
 * One section of the home page, shown to the users it {@link #shows}; its template is the fragment
 * {@code section(figures)} of {@code templates/home/<fragment>.html}. Sections are beans, in {@code @Order}.
 */
interface HomeSection {

	/** @return whether {@code user} sees this section (by permission, or role where a role is the point) */
	boolean shows(AppUser user);

	/** @return the template's name under {@code templates/home/} */
	String fragment();

	/** @return what the fragment shows, read when the page is asked for */
	Object figures(AppUser user);
}

package org.trustfund.grants;

import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * A grant page's address is its reference, as people write it ({@code /grants/G-52}, an imported
 * {@code /grants/TF-2019-03}), so the number on the page matches the address. A reference that could be read as
 * a database id (digits only) or does not fit in an address as it is (a slash, a space...) keeps the id
 * ({@code /grants/31}). In templates: {@code th:href="@{${@grantPaths.of(g.id, g.grantRef)}}"}.
 */
@NamedInterface("api")
@Component("grantPaths")
public class GrantPaths {

	/** Letters, digits, '.', '_', '~' and '-' only (unreserved in a URI path), with at least one non-digit. */
	private static final Pattern ADDRESSABLE = Pattern.compile("(?=.*[^0-9])[A-Za-z0-9._~-]{1,100}");

	/** @return whether {@code ref} may stand as the grant's address as it is */
	public static boolean addressable(String ref) {
		return ref != null && ADDRESSABLE.matcher(ref).matches() && !ref.equals(".") && !ref.equals("..");
	}

	/**
	 * @param id the grant's id; {@code ref} its reference (or null)
	 * @return {@code /grants/<ref>}, or {@code /grants/<id>} when the reference is not {@link #addressable}
	 */
	public static String path(long id, String ref) {
		return "/grants/" + (addressable(ref) ? ref : Long.toString(id));
	}

	/** @return {@link #path} for templates (a null id gives {@code /grants}) */
	public String of(Long id, String ref) {
		return id == null ? "/grants" : path(id, ref);
	}
}

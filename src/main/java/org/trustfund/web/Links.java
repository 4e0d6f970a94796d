package org.trustfund.web;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses with only the parameters that say something, for templates:
 * {@code th:href="@{${@links.to('/tasks', 'size', null, 'q', '', 'sort', 'oldest')}}"} gives {@code /tasks?sort=oldest}
 * (Thymeleaf's own {@code @{/tasks(size=${x})}} writes {@code size=} for an empty or missing value).
 */
@NamedInterface("api")
@Component("links")
public class Links {

	/**
	 * @param path the address without parameters ({@code /tasks})
	 * @param pairs parameter names and values, alternately; a null or blank value leaves its parameter out, other
	 *        values are written with {@code toString()}
	 * @return {@code path} with the given parameters in their order, encoded
	 */
	public String to(String path, Object... pairs) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			Object v = pairs[i + 1];
			if (v != null && !v.toString().isBlank()) {
				b.queryParam(String.valueOf(pairs[i]), v.toString());
			}
		}
		return b.encode().build().toUriString();
	}
}

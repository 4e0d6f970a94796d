package org.trustfund.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.trustfund.security.Permission;
import org.trustfund.security.RolePermissions;

/**
 * The write operations (POST, PUT, PATCH, DELETE under {@code /api}) of the OpenAPI description, each
 * with a role allowed to call it: the first role named in its controller method's {@code @PreAuthorize},
 * else the URL rule of the security configuration for its path prefix (a small table), else any user.
 */
final class ApiOperations {

	/** One operation: method, path template, the role to call it as ({@code null}: anonymous), its body. */
	record Operation(String method, String path, String role, JsonNode requestBody) {

		boolean multipart() {
			return requestBody != null && requestBody.path("content").has("multipart/form-data");
		}

		JsonNode jsonSchema() {
			return requestBody == null ? null : requestBody.path("content").path("application/json").path("schema");
		}
	}

	private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
	/** The permission a {@code hasAuthority('…')} rule asks for; the caller is the first role holding it. */
	private static final Pattern PERMISSION = Pattern.compile("'([A-Z_]+)'");
	/** URL rules of SecurityConfig for operations whose method carries no {@code @PreAuthorize}. */
	private static final Map<String, String> ROLE_BY_PREFIX = Map.of("/api/signup", "", "/api/admin/", "admin",
			"/api/reserve/", "fundmanager", "/api/grants/", "fundmanager");
	private static final String ANY_USER = "reviewer";

	private ApiOperations() {
	}

	static List<Operation> writes(JsonNode apiDocs, RequestMappingHandlerMapping mappings) {
		List<Operation> operations = new ArrayList<>();
		apiDocs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
			if (WRITES.contains(op.getKey()) && path.getKey().startsWith("/api")) {
				String role = role(path.getKey(), op.getKey(), mappings);
				JsonNode body = op.getValue().has("requestBody") ? op.getValue().path("requestBody") : null;
				operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), role, body));
			}
		}));
		return operations;
	}

	private static String role(String path, String method, RequestMappingHandlerMapping mappings) {
		RequestMethod wanted = RequestMethod.valueOf(method.toUpperCase(Locale.ROOT));
		for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = m.getKey();
			if (info.getPatternValues().contains(path) && info.getMethodsCondition().getMethods().contains(wanted)) {
				PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(m.getValue().getMethod(), PreAuthorize.class);
				if (rule == null) {
					rule = AnnotatedElementUtils.findMergedAnnotation(m.getValue().getBeanType(), PreAuthorize.class);
				}
				Matcher named = rule == null ? null : PERMISSION.matcher(rule.value());
				if (named != null && named.find()) {
					return RolePermissions.rolesWith(Permission.valueOf(named.group(1))).get(0).groupId();
				}
			}
		}
		String byPrefix = ROLE_BY_PREFIX.entrySet().stream().filter(e -> path.startsWith(e.getKey())).findFirst()
			.map(Map.Entry::getValue).orElse(ANY_USER);
		return byPrefix.isEmpty() ? null : byPrefix;
	}
}

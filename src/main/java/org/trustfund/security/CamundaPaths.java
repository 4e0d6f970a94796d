package org.trustfund.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.AntPathMatcher;

/**
 * Paths of Camunda's webapps ({@code /camunda/...}) and engine APIs ({@code /engine-rest/...}) as the
 * servlet container will route them, so that no spelling of a path slips past the rules of
 * {@link SecurityConfig}: a request matches a pattern if either the container's decoded path
 * ({@code servletPath + pathInfo}) or the {@link #canonical canonical} form of the raw URI does.
 */
final class CamundaPaths {

	static final List<String> PREFIXES = List.of("/camunda", "/engine-rest");

	private static final AntPathMatcher ANT = new AntPathMatcher();

	private CamundaPaths() {
	}

	/**
	 * The raw request URI (without the context path) made canonical: path parameters ({@code ;x=1})
	 * dropped, percent-escapes decoded once (as the container does), empty and {@code .} segments
	 * dropped, {@code ..} resolved. E.g. {@code //engine-r%65st;x=1/a/../task} gives {@code /engine-rest/task}.
	 */
	static String canonical(HttpServletRequest request) {
		String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
		String context = request.getContextPath();
		if (context != null && !context.isEmpty() && uri.startsWith(context)) {
			uri = uri.substring(context.length());
		}
		Deque<String> segments = new ArrayDeque<>();
		for (String raw : uri.split("/")) {
			int parameters = raw.indexOf(';');
			String segment = decode(parameters >= 0 ? raw.substring(0, parameters) : raw);
			if (segment.equals("..")) {
				segments.pollLast();
			}
			else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.addLast(segment);
			}
		}
		return "/" + String.join("/", segments);
	}

	/** True if the request, however spelt, is for Camunda's webapps or engine APIs. */
	static boolean targetsCamunda(HttpServletRequest request) {
		return PREFIXES.stream().anyMatch(prefix -> within(canonical(request), prefix)
				|| within(containerPath(request), prefix));
	}

	/**
	 * True if the raw URI spells a Camunda path plainly: it starts with the prefix literally, and has no
	 * path parameters ({@code ;}), empty segments ({@code //}) or dot segments ({@code /./}, {@code /../}).
	 * Percent-escapes after the prefix are fine (ids such as {@code key:1:id} arrive as {@code key%3A1%3Aid}).
	 * Anything else the container would still route to Camunda, which cannot resolve it (500 before).
	 */
	static boolean plainlyWritten(HttpServletRequest request) {
		String raw = rawWithinContext(request);
		boolean prefixed = PREFIXES.stream().anyMatch(prefix -> within(raw, prefix));
		String withSlash = raw + "/";
		return prefixed && !raw.contains(";") && !raw.contains("//") && !withSlash.contains("/./")
				&& !withSlash.contains("/../");
	}

	/** A matcher for Ant-style patterns, e.g. {@code /engine-rest/user/**}, over both forms of the path. */
	static RequestMatcher matching(String... patterns) {
		List<String> list = Arrays.asList(patterns);
		return request -> {
			String canonical = canonical(request);
			String container = containerPath(request);
			return list.stream().anyMatch(p -> ANT.match(p, canonical) || ANT.match(p, container));
		};
	}

	private static boolean within(String path, String prefix) {
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

	private static String containerPath(HttpServletRequest request) {
		String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
		String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
		return servletPath + pathInfo;
	}

	private static String rawWithinContext(HttpServletRequest request) {
		String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
		String context = request.getContextPath();
		return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

	private static String decode(String segment) {
		try {
			return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return segment;
		}
	}
}

package org.trustfund.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller method's {@code @PreAuthorize} before Spring MVC reads and validates the request
 * body, so that a caller without the permission gets 403, never the field errors of a body they may not send
 * (method security alone runs only when the method is called, after {@code @Valid @RequestBody} binding).
 * <p>
 * Why an interceptor: the rules stay where they are (one annotation per method, evaluated by Spring
 * Security's own {@link PreAuthorizeAuthorizationManager} with the application's expression handler), no
 * URL list has to repeat them, and method security still runs afterwards. Expressions that read the
 * method's arguments ({@code #name}) cannot be decided before binding; they are left to method security.
 */
@Component
class RolesBeforeBody implements HandlerInterceptor, WebMvcConfigurer {

	private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

	RolesBeforeBody(ObjectProvider<MethodSecurityExpressionHandler> expressions, ApplicationContext context) {
		expressions.ifAvailable(manager::setExpressionHandler);
		manager.setApplicationContext(context);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	/**
	 * @return {@code true} when the handler has no decidable {@code @PreAuthorize} or the caller passes it
	 * @throws AccessDeniedException when the caller's roles do not pass it (answered 403 like method security)
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (!(handler instanceof HandlerMethod method) || caller == null || !decidableBeforeBinding(method)) {
			return true;
		}
		Supplier<Authentication> authentication = () -> caller;
		Object[] noArguments = new Object[method.getMethod().getParameterCount()];
		AuthorizationResult result = manager.authorize(authentication,
				new SimpleMethodInvocation(method.getBean(), method.getMethod(), noArguments));
		if (result != null && !result.isGranted()) {
			throw new AccessDeniedException("Access Denied");
		}
		return true;
	}

	private static boolean decidableBeforeBinding(HandlerMethod method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		return rule != null && !rule.value().contains("#");
	}
}

package cn.pinghu.socialwork.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Points the static {@link SecurityContextHolder} at the test's own application context's
 * holder strategy for each test, and back afterwards. Every application context that
 * starts in a test JVM installs its own strategy statically (Vaadin's security
 * configuration does), while its method security keeps the strategy bean it was built
 * with: a test that signs in through the static holder of a context that started later
 * would otherwise call its services unauthenticated.
 */
public final class ThisContextsSecurity implements BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(ThisContextsSecurity.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		SecurityContextHolderStrategy own = SpringExtension.getApplicationContext(context)
			.getBean(SecurityContextHolderStrategy.class);
		context.getStore(NAMESPACE)
			.put(SecurityContextHolderStrategy.class, SecurityContextHolder.getContextHolderStrategy());
		SecurityContextHolder.setContextHolderStrategy(own);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		SecurityContextHolder.clearContext();
		SecurityContextHolderStrategy previous = context.getStore(NAMESPACE)
			.remove(SecurityContextHolderStrategy.class, SecurityContextHolderStrategy.class);
		if (previous != null) {
			SecurityContextHolder.setContextHolderStrategy(previous);
		}
	}

}

package cn.pinghu.socialwork.security;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The caller's sign-in: its id (see {@link ConsoleUserDetails#signInId()}) and the client
 * address it came from. A Vaadin view talks over its WebSocket, where no HTTP request is
 * at hand, so the address is the one the sign-in recorded.
 */
@Component
class CurrentSignIn {

	/** What an attempt without a known client address counts under. */
	static final String UNKNOWN_ADDRESS = "unknown";

	private final SecurityContextHolderStrategy contexts;

	CurrentSignIn(SecurityContextHolderStrategy contexts) {
		this.contexts = contexts;
	}

	/**
	 * The id of the caller's sign-in through the login form, if that is how they came.
	 */
	Optional<String> id() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ConsoleUserDetails details) {
			return Optional.of(details.signInId());
		}
		return Optional.empty();
	}

	/** The username of the caller's sign-in through the login form, if any. */
	Optional<String> username() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ConsoleUserDetails details) {
			return Optional.of(details.getUsername());
		}
		return Optional.empty();
	}

	/** The client address the caller signed in from. */
	String address() {
		return addressOf(this.contexts.getContext().getAuthentication());
	}

	/**
	 * The client address of an authentication request: the servlet request's remote
	 * address, which Tomcat takes from {@code X-Forwarded-For} only when the request came
	 * through a trusted proxy ({@code server.forward-headers-strategy=native},
	 * docs/OPERATIONS.md).
	 */
	static String addressOf(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null && !details.getRemoteAddress().isBlank()) {
			return details.getRemoteAddress();
		}
		return UNKNOWN_ADDRESS;
	}

}

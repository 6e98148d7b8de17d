package cn.pinghu.socialwork.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Turns a station's {@code X-Api-Key} into the station, through {@link ApiKeyAccounts}.
 * Not a bean: as one, Spring Security would make it the global authentication provider in
 * place of the sign-in's.
 */
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

	private final ApiKeyAccounts accounts;

	ApiKeyAuthenticationProvider(ApiKeyAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Object key = authentication.getCredentials();
		if (!(key instanceof String apiKey) || apiKey.isBlank()) {
			throw new BadCredentialsException("No API key");
		}
		String clientAddress = String.valueOf(authentication.getPrincipal());
		return this.accounts.authenticate(apiKey, clientAddress)
			.<Authentication>map(ApiKeyAuthenticationToken::checked)
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API key"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiKeyAuthenticationToken.class.isAssignableFrom(authentication);
	}

}

package cn.pinghu.socialwork.security;

import java.util.Optional;

/**
 * Who an API key belongs to: the stations feature answers, and
 * {@link ApiKeyAuthenticationProvider} makes the answer the request's principal.
 */
public interface ApiKeyAccounts {

	/**
	 * The device whose key this is, or empty for an unknown or revoked key.
	 * @param clientAddress where the request came from: refusals are charged to it
	 * ({@link RefusedCredentials})
	 * @throws TooManyRefusalsException when the address must wait before its keys are
	 * checked again
	 */
	Optional<?> authenticate(String apiKey, String clientAddress);

}

package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Duration;

/**
 * {@link RefusedCredentials} for tests that check keys and tokens without a Spring
 * context: generous enough that no test's refusals turn into a 429.
 */
public final class TestRefusedCredentials {

	private TestRefusedCredentials() {
	}

	public static RefusedCredentials lenient() {
		return new RefusedCredentials(10_000, 10_000, Duration.ofSeconds(30), System::nanoTime, unstored());
	}

	/** A trail that keeps nothing: for tests without a database. */
	static SecurityTrail unstored() {
		return new SecurityTrail(events -> {
		}, Clock.systemUTC(), 0);
	}

}

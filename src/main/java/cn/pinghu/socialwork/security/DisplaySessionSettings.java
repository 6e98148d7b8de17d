package cn.pinghu.socialwork.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long wall displays' sessions live ({@code console.security.display-session.*},
 * listed in docs/OPERATIONS.md with these defaults).
 * <p>
 * A display's session lives while its browser sends requests (an open screen sends
 * Vaadin's heartbeat every {@code vaadin.heartbeatInterval}) and ends {@code timeout}
 * after the last one; {@code timeout} must therefore be longer than the heartbeat
 * interval. One token has at most {@code maxPerToken} live sessions, on all nodes
 * together: a new one ends the oldest.
 */
@ConfigurationProperties("console.security.display-session")
public record DisplaySessionSettings(@DefaultValue("3m") Duration timeout, @DefaultValue("5") int maxPerToken) {

	public DisplaySessionSettings {
		if (maxPerToken < 1 || timeout.toSeconds() < 1) {
			throw new IllegalArgumentException(
					"console.security.display-session: max-per-token and timeout must be at least 1 (second)");
		}
	}

}

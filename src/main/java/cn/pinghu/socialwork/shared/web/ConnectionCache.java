package cn.pinghu.socialwork.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How many closed connections Tomcat keeps for the next ones, each with its buffers (8 KB
 * to read and 8 KB to write, about 17 KB in all):
 * {@code console.server.cached-connections}, 100 by default. Tomcat's own limit is a 32nd
 * of the maximum heap (192 MB of a 6 GB heap), so after an hour when 500 screens were
 * connected, 8.5 MB stayed held with no screen left (measured with the heap benchmark);
 * with the limit at most 1.7 MB do. Connections that find no cached one get new buffers,
 * which costs far less than keeping them.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionCache {

	/** Tomcat's name of the setting: the number of cached channels (NioChannel). */
	static final String PROPERTY = "socket.bufferPool";

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionCacheLimit(
			@Value("${console.server.cached-connections:100}") int cached) {
		if (cached < 0) {
			throw new IllegalStateException(
					"console.server.cached-connections must be 0 (keep none) or more, not " + cached);
		}
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			if (!connector.setProperty(PROPERTY, Integer.toString(cached))) {
				throw new IllegalStateException("Tomcat does not know " + PROPERTY);
			}
		});
	}

}

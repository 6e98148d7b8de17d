package cn.pinghu.socialwork.shared.web;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The running Tomcat keeps at most 100 closed connections' buffers for reuse. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectionCacheIT {

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void the_running_server_caches_at_most_100_closed_connections() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();

		assertThat(String.valueOf(connector.getProperty(ConnectionCache.PROPERTY))).isEqualTo("100");
	}

	@Test
	void a_negative_limit_is_refused_at_start() {
		assertThatIllegalStateException().isThrownBy(() -> new ConnectionCache().connectionCacheLimit(-1))
			.withMessageContaining("console.server.cached-connections");
	}

}

package cn.pinghu.socialwork.security;

import java.time.Duration;

import cn.pinghu.socialwork.support.KaribuSupport;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console sessions end after 30 idle minutes; display sessions never (DisplaySignInIT).
 */
class SessionTimeoutIT extends KaribuSupport {

	@Autowired
	ServerProperties server;

	@Test
	void http_sessions_time_out_after_30_minutes() {
		assertThat(this.server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void vaadin_closes_sessions_in_which_the_user_did_nothing_for_the_session_timeout() {
		assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
	}

}

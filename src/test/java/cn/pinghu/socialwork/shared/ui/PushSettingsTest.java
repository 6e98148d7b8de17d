package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PushSettingsTest {

	private static final String WAIT_TIME = "org.atmosphere.cpr.Broadcaster.threadWaitTime";

	@Test
	void atmosphere_parameters_become_init_parameters_of_the_vaadin_servlet_with_their_names_as_written() {
		MockEnvironment environment = new MockEnvironment().withProperty(PushSettings.PREFIX + "[" + WAIT_TIME + "]",
				"10");
		ServletRegistrationBean<SpringServlet> vaadin = new ServletRegistrationBean<>(
				new SpringServlet(new StaticApplicationContext(), true), "/*");
		vaadin.addInitParameter("org.atmosphere.container.JSR356AsyncSupport.mappingPath", "/VAADIN/push");

		process(environment, vaadin);

		assertThat(vaadin.getInitParameters()).containsEntry(WAIT_TIME, "10")
			.containsEntry("org.atmosphere.container.JSR356AsyncSupport.mappingPath", "/VAADIN/push");
	}

	@Test
	void other_servlets_and_a_console_without_settings_are_left_alone() {
		MockEnvironment environment = new MockEnvironment().withProperty(PushSettings.PREFIX + "[" + WAIT_TIME + "]",
				"10");
		ServletRegistrationBean<VaadinServlet> other = new ServletRegistrationBean<>(new VaadinServlet(), "/other/*");
		ServletRegistrationBean<SpringServlet> vaadin = new ServletRegistrationBean<>(
				new SpringServlet(new StaticApplicationContext(), true), "/*");

		process(environment, other);
		process(new MockEnvironment(), vaadin);

		assertThat(other.getInitParameters()).isEmpty();
		assertThat(vaadin.getInitParameters()).isEmpty();
	}

	private static void process(MockEnvironment environment, ServletRegistrationBean<?> registration) {
		BeanPostProcessor processor = PushSettings.atmosphereInitParameters(environment);
		processor.postProcessBeforeInitialization(registration, "servletRegistrationBean");
	}

}

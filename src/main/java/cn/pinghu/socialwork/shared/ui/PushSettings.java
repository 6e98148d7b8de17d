package cn.pinghu.socialwork.shared.ui;

import java.util.Map;

import com.vaadin.flow.spring.SpringServlet;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Settings of Vaadin's push channel (Atmosphere) from
 * {@code console.push.atmosphere[<name>]}: each key is an Atmosphere init parameter, e.g.
 * {@code console.push.atmosphere[org.atmosphere.cpr.Broadcaster.threadWaitTime]=1}.
 * Atmosphere takes them from the Vaadin servlet's init parameters (the same parameter set
 * with {@code server.servlet.context-parameters} did not reach it), and Vaadin Spring
 * registers that servlet with a fixed set, so they are added to its registration before
 * the servlet starts. Atmosphere logs the values it uses at start-up ("Broadcaster
 * Polling Wait Time").
 */
@Configuration(proxyBeanMethods = false)
class PushSettings {

	static final String PREFIX = "console.push.atmosphere";

	@Bean
	static BeanPostProcessor atmosphereInitParameters(Environment environment) {
		Map<String, String> parameters = Binder.get(environment)
			.bind(PREFIX, Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ServletRegistrationBean<?> registration
						&& registration.getServlet() instanceof SpringServlet) {
					parameters.forEach(registration::addInitParameter);
				}
				return bean;
			}
		};
	}

}

package cn.pinghu.socialwork.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what callers may send to the REST API under {@code /api/}.
 */
@Configuration(proxyBeanMethods = false)
class ApiRequestLimits {

	/**
	 * The body limit runs before Spring Security, so that an oversized body costs neither
	 * a key lookup nor more than one buffer of reading.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
			@Value("${console.api.max-body-size:16KB}") DataSize limit,
			@Value("${console.api.max-batch-body-size:512KB}") DataSize batchLimit, ApiProblems problems) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limit, batchLimit, problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}

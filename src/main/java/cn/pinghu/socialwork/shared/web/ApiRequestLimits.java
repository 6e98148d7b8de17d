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

	/**
	 * After the body limit, before Spring Security: a key over its rate costs no key
	 * lookup.
	 */
	@Bean
	FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(
			@Value("${console.api.rate-limit.per-second:20}") double perSecond,
			@Value("${console.api.rate-limit.burst:40}") int burst, ApiProblems problems) {
		FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(
				new ApiRateLimitFilter(perSecond, burst, System::nanoTime, problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 5);
		return registration;
	}

}

package cn.pinghu.socialwork.shared.web;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what callers may send to the REST API under {@code /api/}, and the count of
 * its requests by status.
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
	 * The requests are counted before the body limit and Spring Security, so that their
	 * refusals count too.
	 */
	@Bean
	FilterRegistrationBean<ApiRequestMeters> apiRequestMeters(MeterRegistry meters) {
		FilterRegistrationBean<ApiRequestMeters> registration = new FilterRegistrationBean<>(
				new ApiRequestMeters(meters));
		registration.addUrlPatterns(ApiProblems.API_PREFIX + "v1/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

}

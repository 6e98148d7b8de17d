package cn.pinghu.socialwork.visits.checkin;

import cn.pinghu.socialwork.shared.web.PublicPage;
import cn.pinghu.socialwork.shared.web.RequestBodyLimitFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * A check-in's form is a few hundred bytes: a body above
 * {@code console.checkin.max-body-size} (4 KB) is refused with the page's 413 before
 * anything reads it, the CSRF check included.
 */
@Configuration(proxyBeanMethods = false)
class CheckInBodyLimit {

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> checkInBodyLimitFilter(
			@Value("${console.checkin.max-body-size:4KB}") DataSize limit, CheckInPage page) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limit, (request, response, max) -> PublicPage.write(response,
						HttpStatus.PAYLOAD_TOO_LARGE.value(), page.refused("checkin.too-large"))));
		registration.addUrlPatterns("/s/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}

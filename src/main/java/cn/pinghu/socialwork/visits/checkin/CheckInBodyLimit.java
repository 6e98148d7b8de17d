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
 * anything reads it, the CSRF check included. A rider's request
 * ({@code /s/{code}/request}: up to 500 characters, nine bytes each once a form encodes a
 * hanzi) may take {@code console.requests.max-body-size} (16 KB).
 */
@Configuration(proxyBeanMethods = false)
class CheckInBodyLimit {

	/** The end of a rider's request page's address, {@code /s/{code}/request}. */
	static final String REQUEST_SUFFIX = "/request";

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> checkInBodyLimitFilter(
			@Value("${console.checkin.max-body-size:4KB}") DataSize limit,
			@Value("${console.requests.max-body-size:16KB}") DataSize requestLimit, CheckInPage page) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limit, REQUEST_SUFFIX, requestLimit,
						(request, response, max) -> PublicPage.write(response, HttpStatus.PAYLOAD_TOO_LARGE.value(),
								page.refused(request.getRequestURI().endsWith(REQUEST_SUFFIX)
										? "requests.page.too-large" : "checkin.too-large"))));
		registration.addUrlPatterns("/s/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}

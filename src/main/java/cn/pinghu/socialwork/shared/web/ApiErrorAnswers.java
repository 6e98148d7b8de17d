package cn.pinghu.socialwork.shared.web;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Every refusal under {@code /api/} is a problem document, also those that no controller
 * sees: a request the security firewall rejects for its address, an address that no
 * endpoint serves, and a request that Tomcat refuses before the application (an encoded
 * slash or NUL in the path). Elsewhere the console's pages answer as before.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorAnswers {

	/** The code of a request refused for its address or form. */
	static final String REQUEST_REJECTED = "request-rejected";

	/** The code of an address under {@code /api/} that no endpoint serves. */
	static final String NOT_FOUND = "not-found";

	/**
	 * The firewall's refusal (an encoded slash, percent or semicolon, {@code ..}, a line
	 * break): 400 as before, but as a problem for the API, instead of an error page that
	 * the pages' security sends to the login view.
	 */
	@Bean
	RequestRejectedHandler apiRequestRejectedHandler(ApiProblems problems) {
		RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
		return (request, response, rejection) -> {
			if (!ApiProblems.isApi(request)) {
				pages.handle(request, response, rejection);
				return;
			}
			problems.write(response,
					problems.problem(request, HttpStatus.BAD_REQUEST, REQUEST_REJECTED, "problem.request-rejected"));
		};
	}

	/**
	 * Addresses under {@code /api/} that no controller maps: 404, before Vaadin's
	 * catch-all mapping would answer them with a page.
	 */
	@Bean
	SimpleUrlHandlerMapping apiNotFoundMapping(ApiProblems problems) {
		HttpRequestHandler notFound = (request, response) -> problems.write(response,
				problems.problem(request, HttpStatus.NOT_FOUND, NOT_FOUND, "problem.not-found"));
		return new SimpleUrlHandlerMapping(Map.of(ApiProblems.API_PREFIX + "**", notFound),
				Ordered.LOWEST_PRECEDENCE - 10);
	}

	/** Tomcat's own refusals, before any filter runs. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve(
			ObjectProvider<ApiProblems> problems) {
		return (factory) -> factory.addContextCustomizers(
				(context) -> context.getParent().getPipeline().addValve(new ApiErrorReportValve(problems)));
	}

}

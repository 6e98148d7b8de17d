package cn.pinghu.socialwork.visits.api;

import java.util.Arrays;
import java.util.Locale;

import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.visits.VisitRejectedException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The caller-language text of a refused visit, with a station status read as its name.
 */
@Component
class ProblemText {

	private final MessageSource messages;

	ProblemText(MessageSource messages) {
		this.messages = messages;
	}

	/** The rejection's arguments, with station statuses translated. */
	Object[] arguments(VisitRejectedException rejection, Locale locale) {
		return Arrays.stream(rejection.arguments()).map(argument -> translated(argument, locale)).toArray();
	}

	String text(VisitProblem problem, Locale locale, Object... arguments) {
		return this.messages.getMessage(problem.messageKey(), arguments, locale);
	}

	private Object translated(Object argument, Locale locale) {
		if (argument instanceof StationStatus status) {
			return this.messages.getMessage("station.status." + status.name(), null, locale);
		}
		return argument;
	}

}

package cn.pinghu.socialwork.visits.api;

import java.util.EnumMap;
import java.util.Map;

import cn.pinghu.socialwork.shared.web.ApiProblems;
import cn.pinghu.socialwork.visits.VisitMeters;
import io.micrometer.core.instrument.Counter;

import org.springframework.stereotype.Component;

/**
 * Counts the visits the API refuses, by the problem's code: a refused post, a refused
 * item of a batch, and every visit of a request over the station's allowance. Refusals of
 * the key itself are answered before the controllers and show in the API's requests by
 * status.
 */
@Component
class ApiRefusals {

	private final Map<VisitProblem, Counter> byProblem = new EnumMap<>(VisitProblem.class);

	private final Counter overAllowance;

	ApiRefusals(VisitMeters meters) {
		for (VisitProblem problem : VisitProblem.values()) {
			this.byProblem.put(problem, meters.refused(VisitMeters.DEVICE, problem.code()));
		}
		this.overAllowance = meters.refused(VisitMeters.DEVICE, ApiProblems.RATE_LIMITED);
	}

	void refused(VisitProblem problem) {
		this.byProblem.get(problem).increment();
	}

	void overAllowance() {
		this.overAllowance.increment();
	}

}

package cn.pinghu.socialwork.visits.api;

import java.util.Arrays;
import java.util.Collection;

import cn.pinghu.socialwork.shared.web.ApiProblemCodes;

import org.springframework.stereotype.Component;

/** Every way a posted visit can be refused, for the API's published contract. */
@Component
class VisitProblemCodes implements ApiProblemCodes {

	@Override
	public Collection<String> codes() {
		return Arrays.stream(VisitProblem.values()).map(VisitProblem::code).toList();
	}

}

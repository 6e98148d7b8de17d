package cn.pinghu.socialwork.visits.api;

/** The posted body cannot be read as a visit. */
class VisitBodyException extends RuntimeException {

	private final VisitProblem problem;

	VisitBodyException(VisitProblem problem) {
		super(problem.code());
		this.problem = problem;
	}

	VisitProblem problem() {
		return this.problem;
	}

}

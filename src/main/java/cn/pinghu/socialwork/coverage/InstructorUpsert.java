package cn.pinghu.socialwork.coverage;

/**
 * What an upsert by code did, and the instructor as they are now.
 */
public record InstructorUpsert(Outcome outcome, InstructorDetails instructor) {

	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

}

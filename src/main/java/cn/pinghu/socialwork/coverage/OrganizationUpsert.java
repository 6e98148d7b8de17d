package cn.pinghu.socialwork.coverage;

/**
 * What an upsert by credit code did, and the organisation as it is now.
 */
public record OrganizationUpsert(Outcome outcome, OrganizationDetails organization) {

	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

}

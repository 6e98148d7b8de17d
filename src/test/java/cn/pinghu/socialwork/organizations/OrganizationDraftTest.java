package cn.pinghu.socialwork.organizations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationDraftTest {

	@Test
	void a_draft_within_the_rules_has_no_problems() {
		OrganizationDraft draft = draft(10, 3, BranchForm.STANDALONE, "中共测试支部");

		assertThat(draft.problems()).isEmpty();
	}

	@Test
	void more_members_than_employees_are_a_problem_at_the_members() {
		assertThat(draft(2, 3, BranchForm.NONE, null).problems()).containsExactly(
				new OrganizationDraft.Problem("fullMembers", "organizations.validation.members-over-employees"));
	}

	@Test
	void a_standalone_branch_needs_three_members_and_every_branch_a_name() {
		assertThat(draft(10, 2, BranchForm.STANDALONE, " ").problems()).containsExactly(
				new OrganizationDraft.Problem("branchForm", "organizations.validation.standalone-members"),
				new OrganizationDraft.Problem("branchName", "organizations.validation.branch-name-required"));
		assertThat(draft(10, 0, BranchForm.JOINT, "中共联合支部").problems()).isEmpty();
		assertThat(draft(10, 0, BranchForm.INDUSTRY, null).problems()).extracting(OrganizationDraft.Problem::field)
			.containsExactly("branchName");
	}

	private static OrganizationDraft draft(int employees, int members, BranchForm form, String branchName) {
		OrganizationDraft draft = new OrganizationDraft();
		draft.setEmployees(employees);
		draft.setFullMembers(members);
		draft.setBranchForm(form);
		draft.setBranchName(branchName);
		return draft;
	}

}

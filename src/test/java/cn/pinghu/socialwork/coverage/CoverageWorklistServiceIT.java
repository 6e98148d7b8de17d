package cn.pinghu.socialwork.coverage;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static cn.pinghu.socialwork.organizations.OrgKind.ECONOMIC;
import static cn.pinghu.socialwork.organizations.OrgKind.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A town's organisations in the drive's scope, read page by page and counted apart, on a
 * test town inside a transaction that is rolled back; and coordinators kept to their
 * towns.
 */
@SpringBootTest
@Transactional
@ExtendWith(ThisContextsSecurity.class)
class CoverageWorklistServiceIT {

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	@Autowired
	CoverageWorklistService worklist;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	JdbcTemplate jdbc;

	private TestData data;

	private long town;

	@BeforeEach
	void aTestTown() {
		this.data = new TestData(this.jdbc);
		this.town = this.data.town("测试镇");
	}

	@Test
	void the_organisations_in_scope_are_read_page_by_page_and_counted_with_the_same_filter() {
		signIn("admin", Role.Names.ADMIN);
		long first = this.data.organization(this.town, ECONOMIC, 300);
		long second = this.data.organization(this.town, SOCIAL, 200);
		long third = this.data.organization(this.town, ECONOMIC, 100);
		this.data.organization(this.town, ECONOMIC, 1);
		this.data.organization(this.town, ECONOMIC, 500, OrgStatus.DEREGISTERED, BranchForm.NONE, null);
		this.data.organization(this.town, ECONOMIC, 400, OrgStatus.ACTIVE, BranchForm.STANDALONE, null);
		WorklistFilter uncovered = new WorklistFilter(this.town, true, null);
		Sort byEmployees = Sort.by(Sort.Direction.DESC, "employees");

		Slice<OrganizationSummary> page = this.worklist.organizations(uncovered, PageRequest.of(0, 2, byEmployees));
		Slice<OrganizationSummary> next = this.worklist.organizations(uncovered, PageRequest.of(1, 2, byEmployees));

		assertThat(page).extracting(OrganizationSummary::id).containsExactly(first, second);
		assertThat(page.hasNext()).isTrue();
		assertThat(next).extracting(OrganizationSummary::id).containsExactly(third);
		assertThat(next.hasNext()).isFalse();
		assertThat(this.worklist.countOrganizations(uncovered)).isEqualTo(3);
		assertThat(this.worklist.countOrganizations(new WorklistFilter(this.town, false, null))).isEqualTo(4);
		assertThat(this.worklist.countOrganizations(new WorklistFilter(this.town, false, "无此组织"))).isZero();
	}

	@Test
	void a_coordinator_reads_and_counts_only_their_towns_organisations() {
		signIn("coordinator", Role.Names.COORDINATOR);
		WorklistFilter elsewhere = new WorklistFilter(ZHONGDAI, false, null);
		WorklistFilter own = new WorklistFilter(DANGHU, false, null);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.worklist.organizations(elsewhere, PageRequest.of(0, 10)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.worklist.countOrganizations(elsewhere));
		assertThat(this.worklist.organizations(own, PageRequest.of(0, 10))).isNotEmpty()
			.allSatisfy(organization -> assertThat(organization.townId()).isEqualTo(DANGHU));
		assertThat(this.worklist.countOrganizations(own)).isEqualTo(this.coverage.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(row -> row.townId() == DANGHU)
			.findFirst()
			.orElseThrow()
			.kpis()
			.inScope());
	}

}

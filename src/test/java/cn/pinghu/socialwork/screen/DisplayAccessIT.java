package cn.pinghu.socialwork.screen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.coverage.ActivityKind;
import cn.pinghu.socialwork.coverage.BranchActivityDraft;
import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.BranchFormation;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageTrendService;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.coverage.InstructorAssignment;
import cn.pinghu.socialwork.coverage.TownDormancy;
import cn.pinghu.socialwork.coverage.UncoveredReason;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionResults;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.Reopening;
import cn.pinghu.socialwork.elections.StageCompletion;
import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A wall display reads what the coverage and election screens show, for the whole city,
 * and nothing else: it changes nothing and opens no record.
 */
@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class DisplayAccessIT {

	private static final long DANGHU = 1;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageActions coverageActions;

	@Autowired
	CoverageTrendService trend;

	@Autowired
	BranchActivityService activities;

	@Autowired
	ElectionFigures elections;

	@Autowired
	ElectionStages electionStages;

	@Autowired
	CommunityService places;

	@BeforeEach
	void signInAsDisplay() {
		signIn(new PreAuthenticatedAuthenticationToken(new AuthenticatedDisplay(1, "测试大屏"), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.DISPLAY))));
	}

	private static void signIn(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	@Test
	void a_display_reads_the_figures_of_the_coverage_screen_for_the_whole_city() {
		assertThat(this.coverage.overview()).isPresent();
		assertThat(this.coverage.overview(this.coverage.today())).isPresent();
		assertThat(this.trend.trend(7, null)).isNotEmpty();
		DormancyCounts warnings = this.activities.countWarnings(DormancyFilter.all());
		assertThat(this.activities.countWarningsByTown()).extracting(TownDormancy::townName)
			.containsExactlyElementsOf(this.places.towns().stream().map(TownSummary::name).toList());

		signIn(new UsernamePasswordAuthenticationToken("admin", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.ADMIN))));
		assertThat(warnings).isEqualTo(this.activities.countWarnings(DormancyFilter.all()));
	}

	@Test
	void a_display_reads_the_figures_of_the_election_screen_for_the_whole_city() {
		assertThat(this.elections.overview()).isPresent();
		assertThat(this.elections.latestCompletions(10)).isNotEmpty()
			.allSatisfy(completion -> assertThat(completion.communityName()).doesNotMatch("\\d+"));
	}

	@Test
	void a_display_changes_nothing_in_the_coverage_drive() {
		LocalDate today = LocalDate.of(2026, 3, 1);
		denied(() -> this.coverageActions
			.recordBranchFormed(new BranchFormation(1, 0, BranchForm.STANDALONE, "中共测试支部委员会", today, 3)));
		denied(() -> this.coverageActions.assignInstructor(new InstructorAssignment(1, 0, 1)));
		denied(() -> this.coverageActions.recordUncoveredReason(new UncoveredReason(1, 0, "测试原因")));
		denied(() -> this.activities.record(new BranchActivityDraft(1, today, ActivityKind.THREE_MEETINGS, 5)));
	}

	@Test
	void a_display_changes_no_election() {
		denied(() -> this.electionStages
			.completeStage(StageCompletion.of(1, 0, ElectionStage.HANDOVER, LocalDate.of(2026, 3, 1))
				.withResults(new ElectionResults(7, 5, true, 2, 3, 1, new BigDecimal("42.5"), 6, 1))));
		denied(() -> this.electionStages.reopen(new Reopening(1, 0, ElectionStage.AUDIT, "测试")));
	}

	@Test
	void a_display_opens_no_record_and_no_list_beyond_the_screens() {
		denied(() -> this.coverage.organization(1));
		denied(() -> this.elections.townElections(DANGHU));
		denied(() -> this.elections.election(1));
		denied(() -> this.activities.warnings(DormancyFilter.all(), Pageable.ofSize(10)));
		denied(() -> this.places.community(1));
		assertThatCode(() -> this.places.communityNames(List.of(1L))).doesNotThrowAnyException();
	}

	private static void denied(ThrowingCallable call) {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(call);
	}

}

package cn.pinghu.socialwork.elections.ui;

import java.time.LocalDate;

import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionRoundEdited;
import cn.pinghu.socialwork.elections.ElectionRoundService;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.ElectionTestData;
import cn.pinghu.socialwork.elections.RoundIntake.TownIntake;
import cn.pinghu.socialwork.elections.RoundSummary;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round settings as an administrator sees them. UI tests commit: the seeded round is
 * opened again afterwards, and what the test opened is removed.
 */
class ElectionRoundViewIT extends KaribuSupport {

	private static final long SEEDED = ElectionTestData.ROUND;

	@Autowired
	ElectionFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DomainEvents events;

	@AfterEach
	void openTheSeededRoundAgain() {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = ?", ElectionRoundService.ROUND);
			this.jdbc.update("""
					DELETE a FROM audit_entry a JOIN community_election e ON e.id = a.entity_id
					WHERE a.entity_type = ? AND e.round_id <> ?""", ElectionStages.COMMUNITY_ELECTION, SEEDED);
			this.jdbc.update("DELETE FROM community_election WHERE round_id <> ?", SEEDED);
			this.jdbc.update("DELETE FROM election_stage_plan WHERE round_id <> ?", SEEDED);
			this.jdbc.update("DELETE FROM election_town_stage_plan WHERE round_id <> ?", SEEDED);
			this.jdbc.update("DELETE FROM election_round WHERE id <> ?", SEEDED);
			this.jdbc.update("UPDATE election_round SET closed_at = NULL, closed_reason = NULL WHERE id = ?", SEEDED);
			this.events.publish(new ElectionRoundEdited(SEEDED));
		});
		letTheFeedCatchUp();
	}

	@Test
	void an_administrator_closes_the_round_with_a_reason_opens_the_next_and_the_dashboard_shows_it() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(ElectionRoundView.ROUTE);
		ElectionRoundView view = LocatorJ._get(ElectionRoundView.class);
		assertThat(view.open.isVisible()).isFalse();
		assertThat(GridKt._size(view.plan)).isEqualTo(ElectionStage.MAIN_LINE.size() - 1);

		ButtonKt._click(view.close);
		ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class,
				spec -> spec.withClasses("election-round-close-confirm"));
		LocatorJ._get(confirm, TextArea.class).setValue("提前结束，测试新建换届");
		ConfirmDialogKt._fireConfirm(confirm);

		assertThat(this.figures.round()).isEmpty();
		assertThat(view.summary.getText()).startsWith("目前没有进行中的换届。");
		UI.getCurrent().navigate(ElectionDashboardView.class);
		ElectionDashboardView empty = LocatorJ._get(ElectionDashboardView.class);
		assertThat(empty.noRound.isVisible()).isTrue();
		assertThat(empty.grid.isVisible()).isFalse();

		UI.getCurrent().navigate(ElectionRoundView.ROUTE);
		view = LocatorJ._get(ElectionRoundView.class);
		ButtonKt._click(view.open);
		RoundDialog dialog = LocatorJ._get(RoundDialog.class);
		LocalDate start = LocalDate.of(2029, 3, 1);
		dialog.name.setValue("2029年村社区两委换届");
		dialog.startsOn.setValue(start);
		dialog.endsOn.setValue(start.plusMonths(6));
		dialog.plan.forEach((stage, field) -> field.setValue(start.plusDays(10L * (stage.rank() + 1))));
		dialog.plan.get(ElectionStage.AUDIT).setValue(start.minusDays(1));
		ButtonKt._click(dialog.next);

		assertThat(dialog.plan.get(ElectionStage.AUDIT).isInvalid()).isTrue();
		assertThat(dialog.plan.get(ElectionStage.AUDIT).getErrorMessage()).isEqualTo("计划完成日期须在换届期内。");
		assertThat(dialog.confirm.isVisible()).isFalse();

		dialog.plan.get(ElectionStage.AUDIT).setValue(start.plusDays(10));
		long firstTown = dialog.townPlans.keySet().iterator().next();
		dialog.townPlans.get(firstTown).get(ElectionStage.AUDIT).setValue(start.plusDays(5));
		ButtonKt._click(dialog.next);

		assertThat(dialog.confirm.isVisible()).isTrue();
		long taken = GridKt._fetch(dialog.intake, 0, 100).stream().mapToLong(TownIntake::communities).sum();
		assertThat(taken).isPositive();
		assertThat(dialog.intakeText.getText()).contains(String.valueOf(taken));
		ButtonKt._click(dialog.confirm);

		assertThat(dialog.isOpened()).isFalse();
		RoundSummary opened = this.figures.round().orElseThrow();
		assertThat(opened.name()).isEqualTo("2029年村社区两委换届");
		assertThat(opened.planOf(firstTown)).containsEntry(ElectionStage.AUDIT, start.plusDays(5));
		assertThat(view.title()).isEqualTo("2029年村社区两委换届");

		UI.getCurrent().navigate(ElectionDashboardView.class);
		ElectionDashboardView dashboard = LocatorJ._get(ElectionDashboardView.class);
		assertThat(LocatorJ._get(dashboard, H2.class).getText()).isEqualTo("2029年村社区两委换届");
		assertThat(dashboard.noRound.isVisible()).isFalse();
		TownRow city = GridKt._get(dashboard.grid, GridKt._size(dashboard.grid) - 1);
		assertThat(city.kpis().communities()).isEqualTo(taken);
		assertThat(city.kpis().completed()).isZero();
	}

	@Test
	void coordinators_and_leaders_are_kept_out() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionRoundView.ROUTE);
		assertThat(LocatorJ._find(AccessDeniedView.class)).isNotEmpty();
	}

}

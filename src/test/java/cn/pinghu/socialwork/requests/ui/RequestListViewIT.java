package cn.pinghu.socialwork.requests.ui;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.requests.RequestCategory;
import cn.pinghu.socialwork.requests.RequestStatus;
import cn.pinghu.socialwork.requests.RequestSummary;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worklist on cases inserted for each test, found by their text; the seeded user
 * "coordinator" coordinates 当湖街道 (town 1).
 */
class RequestListViewIT extends KaribuSupport {

	private static final String MARKER = "卡瑞布诉求测试";

	@Autowired
	JdbcTemplate jdbc;

	private long overdue;

	private long fresh;

	private long otherTown;

	@BeforeEach
	void insertCases() {
		this.fresh = insert(1, "RECEIVED", 1, -20);
		this.overdue = insert(1, "RECEIVED", 40, 10);
		this.otherTown = insert(2, "RECEIVED", 1, -20);
	}

	@AfterEach
	void removeThem() {
		this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = 'RiderRequest' AND entity_id IN "
				+ "(SELECT id FROM rider_request WHERE text LIKE ?)", MARKER + "%");
		this.jdbc.update("DELETE FROM rider_request WHERE text LIKE ?", MARKER + "%");
	}

	@Test
	void a_coordinator_sees_their_towns_cases_overdue_first_with_masked_numbers() {
		login("coordinator", Role.Names.COORDINATOR);
		RequestListView view = open();

		assertThat(rows(view)).extracting(RequestSummary::id).containsExactly(this.overdue, this.fresh);
		assertThat(rows(view).get(0).phone()).isEqualTo("139****5678");
		assertThat(cellText(view, 0, "signal")).isEqualTo("超期");
		assertThat(view.list.grid().getColumnByKey("phone")).isNotNull();
		assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("request-hotline"))).hasSize(1);
		assertThat(view.figuresBar.getChildren()).isNotEmpty();
	}

	@Test
	void a_leader_reads_every_towns_cases_without_numbers_or_actions() {
		login("leader", Role.Names.LEADER);
		RequestListView view = open();

		assertThat(rows(view)).extracting(RequestSummary::id).contains(this.otherTown, this.overdue);
		assertThat(rows(view)).allMatch(request -> request.phone() == null && !request.mayAct());
		assertThat(view.list.grid().getColumnByKey("phone")).isNull();
		assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("request-hotline"))).isEmpty();
		Component actions = GridKt._getCellComponent(view.list.grid(), 0, "actions");
		assertThat(LocatorJ._find(actions, Button.class, spec -> spec.withClasses("request-reply"))).isEmpty();
	}

	@Test
	void showing_a_number_in_full_is_recorded() {
		login("coordinator", Role.Names.COORDINATOR);
		RequestListView view = open();

		Component phone = GridKt._getCellComponent(view.list.grid(), 0, "phone");
		ButtonKt._click(LocatorJ._get(phone, Button.class, spec -> spec.withClasses("request-show-phone")));

		assertThat(LocatorJ._get(phone, Span.class).getText()).isEqualTo("13912345678");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'RiderRequest' "
						+ "AND entity_id = ? AND action = 'DISCLOSE' AND username = 'coordinator'",
				Long.class, this.overdue))
			.isEqualTo(1);
	}

	@Test
	void a_reply_is_recorded_after_its_confirmation_and_an_empty_one_is_refused() {
		login("coordinator", Role.Names.COORDINATOR);
		RequestListView view = open();

		Component actions = GridKt._getCellComponent(view.list.grid(), 0, "actions");
		ButtonKt._click(LocatorJ._get(actions, Button.class, spec -> spec.withClasses("request-reply")));
		AnswerDialog dialog = LocatorJ._get(AnswerDialog.class);
		ButtonKt._click(dialog.saveButton());
		ConfirmDialogKt._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("request-confirm")));
		assertThat(dialog.errorText()).isEqualTo("请填写回应内容");
		assertThat(dialog.isOpened()).isTrue();

		dialog.answer.setValue("已联系站点负责人");
		ButtonKt._click(dialog.saveButton());
		ConfirmDialogKt._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("request-confirm")));

		assertThat(dialog.isOpened()).isFalse();
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM rider_request WHERE id = ?", String.class, this.overdue))
			.isEqualTo(RequestStatus.REPLIED.name());
	}

	@Test
	void a_hotline_request_is_entered_for_the_coordinators_town() {
		login("coordinator", Role.Names.COORDINATOR);
		open();

		ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withClasses("request-hotline")));
		HotlineDialog dialog = LocatorJ._get(HotlineDialog.class);
		assertThat(dialog.town.getValue()).isEqualTo(1L);
		ButtonKt._click(dialog.saveButton());
		assertThat(dialog.errorText()).contains("请选择诉求类别", "请填写诉求内容");

		dialog.category.setValue(RequestCategory.ACCIDENT);
		dialog.text.setValue(MARKER + "：热线反映电动车被撞");
		dialog.phone.setValue("123");
		ButtonKt._click(dialog.saveButton());
		assertThat(dialog.errorText()).isNotEmpty();
		assertThat(dialog.isOpened()).isTrue();

		dialog.phone.setValue("13800001111");
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM rider_request WHERE text LIKE ? AND town_id = 1 "
				+ "AND channel = 'HOTLINE' AND category = 'ACCIDENT'", Long.class, MARKER + "：热线%"))
			.isEqualTo(1);
	}

	private static RequestListView open() {
		UI.getCurrent().navigate(RequestListView.ROUTE, QueryParameters.simple(Map.of("q", MARKER)));
		return LocatorJ._get(RequestListView.class);
	}

	private static List<RequestSummary> rows(RequestListView view) {
		return GridKt._fetch(view.list.grid(), 0, 1000);
	}

	private static String cellText(RequestListView view, int row, String column) {
		return ((Span) GridKt._getCellComponent(view.list.grid(), row, column)).getText();
	}

	/** A case received {@code hoursAgo}, its reply due {@code dueHoursAgo} hours ago. */
	private long insert(long town, String status, int hoursAgo, int dueHoursAgo) {
		this.jdbc
			.update("""
					INSERT INTO rider_request (town_id, channel, category, text, phone, status, received_at, reply_due,
					    close_due, rating_token, version)
					VALUES (?, 'HOTLINE', 'OTHER', ?, '13912345678', ?, UTC_TIMESTAMP(6) - INTERVAL ? HOUR,
					    UTC_TIMESTAMP(6) - INTERVAL ? HOUR, UTC_TIMESTAMP(6) + INTERVAL 7 DAY, REPLACE(UUID(), '-', ''), 0)""",
					town, MARKER + town + hoursAgo, status, hoursAgo, dueHoursAgo);
		return this.jdbc.queryForObject("SELECT id FROM rider_request WHERE text = ?", Long.class,
				MARKER + town + hoursAgo);
	}

}

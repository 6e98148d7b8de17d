package cn.pinghu.socialwork.places;

import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class TownServiceIT {

	@Autowired
	TownService towns;

	@Autowired
	JdbcTemplate jdbc;

	private String code = "";

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.jdbc.update("DELETE FROM town WHERE code = ?", this.code);
	}

	@Test
	void a_town_is_created_edited_and_deleted_with_an_audit_row_each() {
		signIn("admin", "ADMIN");
		TownDetails town = this.towns.createTown(draft());
		TownDraft edit = TownDraft.of(town);
		edit.setSortOrder(95);
		TownDetails edited = this.towns.updateTown(town.id(), edit);

		this.towns.deleteTown(edited.id(), edited.version());

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM town WHERE id = ?", Long.class, town.id())).isZero();
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_entry WHERE entity_type = 'Town' AND entity_id = ?" + " ORDER BY id",
				String.class, town.id()))
			.containsExactly("CREATE", "UPDATE", "DELETE");
	}

	@Test
	void a_town_with_communities_is_never_deleted_and_names_and_codes_are_unique() {
		signIn("admin", "ADMIN");
		TownDetails danghu = this.towns.town(1L);

		assertThat(danghu.communities()).isPositive();
		assertThatExceptionOfType(TownInUseException.class)
			.isThrownBy(() -> this.towns.deleteTown(danghu.id(), danghu.version()))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("towns.delete.has-communities"));
		TownDraft sameName = draft();
		sameName.setName("当湖街道");
		TownDraft sameCode = draft();
		sameCode.setCode("T01");
		long before = this.jdbc.queryForObject("SELECT COUNT(*) FROM town", Long.class);
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.towns.createTown(sameName))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.towns.createTown(sameCode))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("code"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM town", Long.class)).isEqualTo(before);
		assertThat(this.towns.town(1L)).isEqualTo(danghu);
	}

	@Test
	void others_read_the_towns_in_display_order_but_change_nothing() {
		signIn("coordinator", "COORDINATOR");

		assertThat(this.towns.towns("", PageRequest.of(0, 50))).extracting(TownDetails::name)
			.startsWith("当湖街道", "钟埭街道", "曹桥街道");
		assertThat(this.towns.towns("乍浦", PageRequest.of(0, 50))).extracting(TownDetails::code).containsExactly("T04");
		assertThat(this.towns.countTowns("乍浦")).isOne();
		assertThat(this.towns.countTowns(""))
			.isEqualTo(this.jdbc.queryForObject("SELECT COUNT(*) FROM town", Long.class));
		Slice<TownDetails> second = this.towns.towns("", PageRequest.of(1, 2));
		assertThat(second).extracting(TownDetails::name).first().isEqualTo("曹桥街道");
		assertThat(second.hasNext()).isTrue();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.towns.createTown(draft()));
		assertThat(this.towns.townHistory(1L)).extracting(AuditEntry::action).doesNotContain(AuditAction.DELETE);
	}

	private TownDraft draft() {
		this.code = "Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		TownDraft draft = new TownDraft();
		draft.setCode(this.code);
		draft.setName("测试镇" + this.code);
		draft.setKind(TownKind.TOWN);
		draft.setSortOrder(90);
		return draft;
	}

}

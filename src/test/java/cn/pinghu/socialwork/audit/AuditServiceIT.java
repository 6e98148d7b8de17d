package cn.pinghu.socialwork.audit;

import cn.pinghu.socialwork.support.ThisContextsSecurity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class AuditServiceIT {

	/** A community of the seeds whose households the tests change and restore. */
	private static final long COMMUNITY = 1L;

	@Autowired
	AuditService audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_change_and_its_audit_row_commit_together() {
		signIn("admin", "ADMIN");
		String entityType = uniqueType();
		int households = households();

		this.transactions.executeWithoutResult(status -> {
			this.jdbc.update("UPDATE community SET households = households + 1 WHERE id = ?", COMMUNITY);
			this.audit.record(AuditAction.UPDATE, entityType, COMMUNITY, 1L,
					List.of(new FieldChange("households", String.valueOf(households), String.valueOf(households + 1))));
		});

		assertThat(households()).isEqualTo(households + 1);
		List<AuditEntry> history = this.audit.history(entityType, COMMUNITY);
		assertThat(history).singleElement().satisfies(entry -> {
			assertThat(entry.username()).isEqualTo("admin");
			assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
			assertThat(entry.townId()).isEqualTo(1L);
			assertThat(entry.changes()).containsExactly(
					new FieldChange("households", String.valueOf(households), String.valueOf(households + 1)));
		});
		this.jdbc.update("UPDATE community SET households = ? WHERE id = ?", households, COMMUNITY);
	}

	@Test
	void a_change_that_rolls_back_takes_its_audit_row_with_it() {
		signIn("admin", "ADMIN");
		String entityType = uniqueType();
		int households = households();

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
				this.jdbc.update("UPDATE community SET households = households + 1 WHERE id = ?", COMMUNITY);
				this.audit.record(AuditAction.UPDATE, entityType, COMMUNITY, 1L,
						List.of(new FieldChange("households", "a", "b")));
				throw new IllegalStateException("the change fails after its audit row was written");
			}));

		assertThat(households()).isEqualTo(households);
		assertThat(this.audit.history(entityType, COMMUNITY)).isEmpty();
	}

	@Test
	void recording_outside_a_transaction_is_refused() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.audit.record(AuditAction.CREATE, uniqueType(), 1L, null, List.of()));
	}

	@Test
	void a_change_made_by_nobody_signed_in_is_recorded_as_system() {
		String entityType = uniqueType();

		this.transactions.executeWithoutResult(
				status -> this.audit.record(AuditAction.IMPORT, entityType, 7L, null, "batch-1", List.of()));

		signIn("admin", "ADMIN");
		assertThat(this.audit.history(entityType, 7L)).singleElement().satisfies(entry -> {
			assertThat(entry.username()).isEqualTo(AuditService.SYSTEM);
			assertThat(entry.batchId()).isEqualTo("batch-1");
		});
	}

	@Test
	void the_trail_filters_by_user_entity_date_range_and_town() {
		String entityType = uniqueType();
		signIn("filter-a", "ADMIN");
		this.transactions.executeWithoutResult(status -> {
			this.audit.record(AuditAction.CREATE, entityType, 1L, 1L, List.of());
			this.audit.record(AuditAction.CREATE, entityType, 2L, 2L, List.of());
		});
		signIn("filter-b", "ADMIN");
		this.transactions
			.executeWithoutResult(status -> this.audit.record(AuditAction.CREATE, entityType, 3L, 1L, List.of()));
		PageRequest page = PageRequest.of(0, 10);
		AuditFilter all = new AuditFilter(null, entityType, null, null, null, null);
		AuditFilter userAndTown = new AuditFilter("filter-a", entityType, null, null, null, 1L);
		AuditFilter town = new AuditFilter(null, entityType, null, null, null, 1L);
		AuditFilter longAgo = new AuditFilter(null, entityType, null, Instant.parse("2000-01-01T00:00:00Z"),
				Instant.parse("2000-01-02T00:00:00Z"), null);

		assertThat(this.audit.count(all)).isEqualTo(3);
		assertThat(this.audit.slice(userAndTown, page)).extracting(AuditEntry::entityId).containsExactly(1L);
		assertThat(this.audit.count(userAndTown)).isEqualTo(1);
		assertThat(this.audit.slice(town, page)).extracting(AuditEntry::entityId).containsExactly(3L, 1L);
		assertThat(this.audit.count(town)).isEqualTo(2);
		assertThat(this.audit.slice(longAgo, page)).isEmpty();
		assertThat(this.audit.count(longAgo)).isZero();
	}

	@Test
	void the_trail_is_read_page_by_page_newest_first() {
		String entityType = uniqueType();
		signIn("admin", "ADMIN");
		this.transactions.executeWithoutResult(status -> {
			for (long id = 1; id <= 3; id++) {
				this.audit.record(AuditAction.CREATE, entityType, id, null, List.of());
			}
		});
		AuditFilter filter = new AuditFilter(null, entityType, null, null, null, null);

		Slice<AuditEntry> first = this.audit.slice(filter, PageRequest.of(0, 2));
		Slice<AuditEntry> second = this.audit.slice(filter, first.nextPageable());

		assertThat(first).extracting(AuditEntry::entityId).containsExactly(3L, 2L);
		assertThat(first.hasNext()).isTrue();
		assertThat(second).extracting(AuditEntry::entityId).containsExactly(1L);
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void only_an_admin_reads_the_whole_trail() {
		signIn("coordinator", "COORDINATOR");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.audit.slice(AuditFilter.any(), PageRequest.of(0, 10)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.audit.count(AuditFilter.any()));
	}

	private int households() {
		Integer households = this.jdbc.queryForObject("SELECT households FROM community WHERE id = ?", Integer.class,
				COMMUNITY);
		return (households != null) ? households : -1;
	}

	private static String uniqueType() {
		return "Test" + UUID.randomUUID().toString().substring(0, 8);
	}

}

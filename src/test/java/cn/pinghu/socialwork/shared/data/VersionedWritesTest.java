package cn.pinghu.socialwork.shared.data;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionedWritesTest {

	private final VersionedWrites writes = VersionedWrites.of("Community", "code", "places.validation.code-taken");

	record Stored(Long getId, long getVersion) implements Versioned {
	}

	@Test
	void the_version_the_caller_read_passes() {
		this.writes.checkVersion(new Stored(7L, 3), 3);
	}

	@Test
	void a_version_older_than_the_stored_one_is_stale() {
		assertThatThrownBy(() -> this.writes.checkVersion(new Stored(7L, 4), 3))
			.isInstanceOf(StaleVersionException.class)
			.hasMessage("Community 7 was changed by somebody else");
	}

	@Test
	void a_write_returns_what_it_saved() {
		assertThat(this.writes.flush(7, () -> "saved")).isEqualTo("saved");
	}

	@Test
	void a_write_that_loses_the_optimistic_lock_is_stale() {
		assertThatThrownBy(() -> this.writes.flush(7, () -> {
			throw new OptimisticLockingFailureException("row changed");
		})).isInstanceOf(StaleVersionException.class)
			.hasMessage("Community 7 was changed by somebody else")
			.hasCauseInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void a_write_that_breaks_a_unique_key_is_refused_at_the_key_field() {
		assertThatThrownBy(() -> this.writes.flush(7, () -> {
			throw new DataIntegrityViolationException("duplicate");
		})).isInstanceOfSatisfying(FieldRejectedException.class, ex -> {
			assertThat(ex.field()).isEqualTo("code");
			assertThat(ex.messageKey()).isEqualTo("places.validation.code-taken");
		});
	}

	@Test
	void a_free_key_passes_the_check() {
		this.writes.checkFree(false);
	}

	@Test
	void a_taken_key_is_refused_at_the_key_field_before_the_write() {
		assertThatThrownBy(() -> this.writes.checkFree(true)).isInstanceOfSatisfying(FieldRejectedException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("code");
					assertThat(ex.messageKey()).isEqualTo("places.validation.code-taken");
				});
	}

	@Test
	void writes_without_a_unique_key_cannot_refuse_one() {
		assertThatThrownBy(() -> VersionedWrites.of("Drive").checkFree(true)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void an_insert_that_breaks_a_unique_key_is_refused_at_the_key_field() {
		assertThatThrownBy(() -> this.writes.insert(() -> {
			throw new DataIntegrityViolationException("duplicate");
		})).isInstanceOf(FieldRejectedException.class);
	}

	@Test
	void without_a_unique_key_a_broken_constraint_surfaces_as_it_is() {
		VersionedWrites drives = VersionedWrites.of("CoverageDrive");
		assertThatThrownBy(() -> drives.flush(7, () -> {
			throw new DataIntegrityViolationException("not null");
		})).isInstanceOf(DataIntegrityViolationException.class);
	}

}

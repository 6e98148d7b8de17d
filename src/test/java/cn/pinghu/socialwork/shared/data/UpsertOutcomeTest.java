package cn.pinghu.socialwork.shared.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpsertOutcomeTest {

	private final List<String> done = new ArrayList<>();

	@Test
	void a_new_key_creates_the_record_and_changes_nothing() {
		UpsertOutcome outcome = UpsertOutcome.byKey(Optional.empty(), () -> this.done.add("created"),
				stored -> this.done.add("changed " + stored));

		assertThat(outcome).isEqualTo(UpsertOutcome.CREATED);
		assertThat(this.done).containsExactly("created");
	}

	@Test
	void a_stored_key_changes_the_stored_record() {
		UpsertOutcome outcome = UpsertOutcome.byKey(Optional.of("T01001"), () -> this.done.add("created"),
				stored -> this.done.add("changed " + stored));

		assertThat(outcome).isEqualTo(UpsertOutcome.UPDATED);
		assertThat(this.done).containsExactly("changed T01001");
	}

	@Test
	void a_row_equal_to_the_stored_record_leaves_it_unchanged() {
		assertThat(UpsertOutcome.byKey(Optional.of("T01001"), () -> this.done.add("created"), stored -> false))
			.isEqualTo(UpsertOutcome.UNCHANGED);
		assertThat(this.done).isEmpty();
	}

}

package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Previews, imports and exports are timed as done or failed, by kind. */
class TransferMetersTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final TransferMeters meters = new TransferMeters(this.registry);

	@Test
	void an_import_that_returns_is_done_and_one_that_throws_failed() {
		assertThat(this.meters.timed(TransferMeters.Kind.IMPORT, () -> 3)).isEqualTo(3);
		assertThatIllegalStateException().isThrownBy(() -> this.meters.timed(TransferMeters.Kind.IMPORT, () -> {
			throw new IllegalStateException("refused");
		}));

		assertThat(count("import", "done")).isEqualTo(1);
		assertThat(count("import", "failed")).isEqualTo(1);
		assertThat(count("preview", "done")).isZero();
	}

	@Test
	void an_export_is_timed_whether_it_writes_or_fails() throws IOException {
		assertThat(this.meters.timedExport(() -> 12)).isEqualTo(12);
		assertThatIOException().isThrownBy(() -> this.meters.timedExport(() -> {
			throw new IOException("the browser went away");
		}));

		assertThat(count("export", "done")).isEqualTo(1);
		assertThat(count("export", "failed")).isEqualTo(1);
	}

	private long count(String kind, String outcome) {
		return this.registry.get(TransferMeters.METRIC).tags("kind", kind, "outcome", outcome).timer().count();
	}

}

package cn.pinghu.socialwork.visits.api;

import java.util.concurrent.atomic.AtomicLong;

import cn.pinghu.socialwork.stations.AuthenticatedStation;
import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.stations.TestStationKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A station's allowance counts visits, not only requests. */
class StationAllowanceTest {

	private static final long SECOND = 1_000_000_000L;

	private static final AuthenticatedStation RS001 = station(1, "RS001");

	private static final AuthenticatedStation RS002 = station(2, "RS002");

	private final AtomicLong now = new AtomicLong(3 * SECOND);

	private final StationAllowance allowance = new StationAllowance(20, 40, 20, 1500, this.now::get);

	@Test
	void a_batch_uses_as_many_visits_as_it_has_items_so_batches_cannot_outrun_the_allowance() {
		this.allowance.visits(RS001, 1000);

		assertThatExceptionOfType(AllowanceExceededException.class).isThrownBy(() -> this.allowance.visits(RS001, 1000))
			.satisfies(ex -> {
				assertThat(ex.messageKey()).isEqualTo("api.visit.allowance-exceeded");
				assertThat(ex.retryAfterSeconds()).as("500 missing at 20 a second").isEqualTo(25);
			});
		assertThatNoException().as("the refused batch took nothing")
			.isThrownBy(() -> this.allowance.visits(RS001, 500));
	}

	@Test
	void each_station_has_an_allowance_of_its_own() {
		this.allowance.visits(RS001, 1500);

		assertThatNoException().isThrownBy(() -> this.allowance.visits(RS002, 1000));
	}

	@Test
	void requests_are_limited_on_their_own_whatever_they_carry() {
		for (int i = 0; i < 40; i++) {
			this.allowance.request(RS001);
		}

		assertThatExceptionOfType(AllowanceExceededException.class).isThrownBy(() -> this.allowance.request(RS001))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("problem.rate-limited"));
		this.now.addAndGet(SECOND / 20);
		assertThatNoException().isThrownBy(() -> this.allowance.request(RS001));
	}

	@Test
	void an_allowance_too_small_for_one_full_batch_is_refused_at_start() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StationAllowance(20, 40, 20, VisitBatchController.MAX_ITEMS - 1, this.now::get));
	}

	private static AuthenticatedStation station(long id, String code) {
		return TestStationKeys.authenticated(new KeyedStation(id, code, StationStatus.OPEN, 1));
	}

}

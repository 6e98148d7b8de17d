package cn.pinghu.socialwork.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.stations.AuthenticatedStation;
import cn.pinghu.socialwork.stations.StationKeyService;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.stations.TestStationKeys;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import cn.pinghu.socialwork.stations.internal.StationApiKey;
import cn.pinghu.socialwork.stations.internal.StationApiKeyRepository;
import cn.pinghu.socialwork.visits.internal.StationVisitRepository;
import cn.pinghu.socialwork.visits.internal.VisitRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** A batch authenticates its key once and records every item into that station. */
class VisitServiceBatchTest {

	private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

	private final RiderStationRepository stations = mock(RiderStationRepository.class);

	private final StationVisitRepository visits = mock(StationVisitRepository.class);

	private final StationApiKeyRepository apiKeys = mock(StationApiKeyRepository.class);

	private final VisitRows inserts = mock(VisitRows.class);

	private final VisitStore store = new VisitStore(this.inserts, mock(DomainEvents.class),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private final VisitWriter writer = new VisitWriter(this.store, 1);

	private final StationKeyService keys = TestStationKeys.service(this.stations, this.apiKeys);

	private final VisitService service = new VisitService(this.keys, this.visits, this.store, this.writer);

	private final RiderStation station = mock(RiderStation.class);

	@BeforeEach
	void setUp() {
		StationApiKey key = mock(StationApiKey.class);
		given(key.isActive()).willReturn(true);
		given(key.getStationId()).willReturn(7L);
		given(this.apiKeys.findByKeyHash(Secrets.sha256("key-of-RS007"))).willReturn(Optional.of(key));
		given(this.station.getId()).willReturn(7L);
		given(this.station.getCode()).willReturn("RS007");
		given(this.station.getTownId()).willReturn(1L);
		given(this.station.getStatus()).willReturn(StationStatus.OPEN);
		given(this.stations.findById(7L)).willReturn(Optional.of(this.station));
		given(this.inserts.findAll(anyCollection())).willReturn(Map.of());
		given(this.inserts.insert(anyList())).willReturn(List.of(1L));
	}

	@AfterEach
	void stopWriter() throws InterruptedException {
		this.writer.destroy();
	}

	@Test
	void items_recorded_into_an_authenticated_station_look_the_key_up_only_once() {
		AuthenticatedStation authenticated = authenticated();

		for (int i = 0; i < 3; i++) {
			RecordedVisit recorded = this.service.recordVisit(authenticated,
					new VisitRequest(WorkerKind.COURIER, null, "batch-" + i));
			assertThat(recorded.created()).isTrue();
		}

		assertThat(authenticated.code()).isEqualTo("RS007");
		verify(this.apiKeys, times(1)).findByKeyHash(any());
		verify(this.inserts, times(3)).insert(anyList());
	}

	@Test
	void an_authenticated_station_that_closed_meanwhile_takes_no_more_visits() {
		AuthenticatedStation authenticated = authenticated();
		given(this.station.getStatus()).willReturn(StationStatus.CLOSED);

		assertThatExceptionOfType(VisitRejectedException.class).isThrownBy(() -> this.service.recordVisit(authenticated,
				new VisitRequest(WorkerKind.COURIER, null, "batch-closed")));
	}

	@Test
	void a_wrong_key_authenticates_no_station() {
		assertThat(this.keys.authenticate("not-a-key", "192.0.2.1")).isEmpty();
	}

	@Test
	void a_refused_item_of_a_batch_leaves_its_neighbours_answered_in_order() {
		AuthenticatedStation authenticated = authenticated();
		given(this.inserts.insert(anyList())).willReturn(List.of(11L, 12L));

		List<VisitService.BatchOutcome> outcomes = this.service.recordVisits(authenticated,
				List.of(new VisitRequest(WorkerKind.COURIER, null, "a"), new VisitRequest(null, null, "b"),
						new VisitRequest(WorkerKind.COURIER, null, "c"),
						new VisitRequest(WorkerKind.COURIER, null, "a")));

		assertThat(outcomes)
			.extracting(outcome -> (outcome.recorded() != null) ? outcome.recorded().visit().id() : null)
			.containsExactly(11L, null, 12L, 11L);
		assertThat(outcomes).extracting(outcome -> (outcome.recorded() != null) && outcome.recorded().created())
			.containsExactly(true, false, true, false);
		assertThat(outcomes.get(1).rejected()).isNotNull();
	}

	private AuthenticatedStation authenticated() {
		return this.keys.authenticate("key-of-RS007", "192.0.2.1").orElseThrow();
	}

}

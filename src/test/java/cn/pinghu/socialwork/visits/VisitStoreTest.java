package cn.pinghu.socialwork.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.visits.VisitRejectedException.Reason;
import cn.pinghu.socialwork.visits.VisitService.BatchOutcome;
import cn.pinghu.socialwork.visits.VisitStore.Posted;
import cn.pinghu.socialwork.visits.internal.VisitRows;
import cn.pinghu.socialwork.visits.internal.VisitRows.NewVisit;
import cn.pinghu.socialwork.visits.internal.VisitRows.StationKey;
import cn.pinghu.socialwork.visits.internal.VisitRows.StoredVisit;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Visits of several stations recorded together, each as it would be alone. */
class VisitStoreTest {

	private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

	private static final KeyedStation RS001 = new KeyedStation(1, "RS001", StationStatus.OPEN, 10);

	private static final KeyedStation RS002 = new KeyedStation(2, "RS002", StationStatus.OPEN, 20);

	private static final KeyedStation RS003 = new KeyedStation(3, "RS003", StationStatus.SUSPENDED, 30);

	private final VisitRows rows = mock(VisitRows.class);

	private final DomainEvents events = mock(DomainEvents.class);

	private final VisitStore store = new VisitStore(this.rows, this.events, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	@SuppressWarnings("unchecked")
	void a_group_of_several_stations_costs_one_lookup_one_insert_and_one_publication() {
		StoredVisit earlier = new StoredVisit(5, NOW.minusSeconds(60), WorkerKind.DELIVERY, NOW.minusSeconds(59),
				VisitChannel.DEVICE);
		given(this.rows.findAll(anyCollection())).willReturn(Map.of(new StationKey(2, "seen"), earlier));
		given(this.rows.insert(anyList())).willReturn(List.of(101L, 102L));

		List<BatchOutcome> outcomes = this.store.record(List.of(new Posted(RS001, request("a")),
				new Posted(RS002, request("seen")), new Posted(RS002, request("a")), new Posted(RS001, request("a")),
				new Posted(RS003, request("b")), new Posted(RS001, new VisitRequest(null, null, "c"))));

		// ids: RS001/a new, RS002/seen earlier, RS002/a new (another station's key),
		// RS001/a a repeat within the group, then two refusals
		assertThat(outcomes)
			.extracting((outcome) -> (outcome.recorded() != null) ? outcome.recorded().visit().id() : null)
			.containsExactly(101L, 5L, 102L, 101L, null, null);
		assertThat(outcomes).extracting((outcome) -> outcome.recorded() != null && outcome.recorded().created())
			.containsExactly(true, false, true, false, false, false);
		assertThat(outcomes.get(1).recorded().visit().stationCode()).isEqualTo("RS002");
		assertThat(outcomes.get(4).rejected().reason()).isEqualTo(Reason.STATION_NOT_OPEN);
		assertThat(outcomes.get(5).rejected().reason()).isEqualTo(Reason.INVALID);

		ArgumentCaptor<java.util.Collection<StationKey>> looked = ArgumentCaptor.forClass(java.util.Collection.class);
		verify(this.rows, times(1)).findAll(looked.capture());
		assertThat(Set.copyOf(looked.getValue())).containsExactlyInAnyOrder(new StationKey(1, "a"),
				new StationKey(2, "seen"), new StationKey(2, "a"), new StationKey(3, "b"), new StationKey(1, "c"));
		ArgumentCaptor<List<NewVisit>> inserted = ArgumentCaptor.forClass(List.class);
		verify(this.rows, times(1)).insert(inserted.capture());
		assertThat(inserted.getValue()).extracting(NewVisit::stationId, NewVisit::idempotencyKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "a"),
					org.assertj.core.groups.Tuple.tuple(2L, "a"));
		ArgumentCaptor<List<StationVisited>> published = ArgumentCaptor.forClass(List.class);
		verify(this.events, times(1)).publishAll(published.capture());
		assertThat(published.getValue())
			.extracting(StationVisited::visitId, StationVisited::stationCode, StationVisited::townId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(101L, "RS001", 10L),
					org.assertj.core.groups.Tuple.tuple(102L, "RS002", 20L));
	}

	@Test
	void a_group_with_nothing_new_stores_and_publishes_nothing() {
		given(this.rows.findAll(anyCollection())).willReturn(Map.of());

		List<BatchOutcome> outcomes = this.store.record(List.of(new Posted(RS001, request("bad key!")),
				new Posted(RS001, new VisitRequest(WorkerKind.COURIER, null, null))));

		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome.rejected()).isNotNull());
		verify(this.rows, times(0)).insert(anyList());
		verify(this.events, times(0)).publishAll(anyList());
	}

	private static VisitRequest request(String key) {
		return new VisitRequest(WorkerKind.COURIER, null, key);
	}

}

package cn.pinghu.socialwork.visits.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.pinghu.socialwork.visits.RecordedVisit;
import cn.pinghu.socialwork.visits.VisitChannel;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.VisitSummary;
import cn.pinghu.socialwork.visits.WorkerKind;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DemoTrafficSimulatorTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 03:00 in Pinghu: the quietest hour. */
	private static final Instant NIGHT = Instant.parse("2026-11-27T19:00:00Z");

	/** 12:00 in Pinghu: the lunch peak. */
	private static final Instant NOON = Instant.parse("2026-11-28T04:00:00Z");

	private final VisitService visits = mock(VisitService.class);

	@Test
	void visits_go_through_the_station_service_with_the_stations_demo_key() {
		recordsEveryVisit();
		DemoTrafficSimulator simulator = simulator(NIGHT, List.of("RS001"));

		int recorded = 0;
		for (int i = 0; i < DemoTrafficSimulator.MAX_QUIET_TICKS; i++) {
			recorded += simulator.tick();
		}

		assertThat(recorded).isPositive();
		ArgumentCaptor<VisitRequest> request = ArgumentCaptor.forClass(VisitRequest.class);
		verify(this.visits, atLeastOnce()).recordVisit(eq("RS001"), eq("demo-key-RS001"), request.capture());
		assertThat(request.getAllValues()).allSatisfy(visit -> {
			assertThat(visit.workerKind()).isNotNull();
			assertThat(visit.occurredAt()).isNotNull();
			assertThat(visit.occurredAt().toInstant()).isEqualTo(NIGHT);
			assertThat(visit.idempotencyKey()).startsWith("sim-").hasSizeLessThanOrEqualTo(64);
		});
		assertThat(request.getAllValues()).extracting(VisitRequest::idempotencyKey).doesNotHaveDuplicates();
	}

	@Test
	void even_the_silent_hours_bring_a_visit_now_and_then() {
		recordsEveryVisit();
		DemoTrafficSimulator simulator = simulator(NIGHT, List.of("RS001", "RS002"));

		List<Integer> perSecond = new ArrayList<>();
		for (int i = 0; i < 10 * DemoTrafficSimulator.MAX_QUIET_TICKS; i++) {
			perSecond.add(simulator.tick());
		}

		int quiet = 0;
		for (int visits : perSecond) {
			quiet = (visits == 0) ? quiet + 1 : 0;
			assertThat(quiet).isLessThan(DemoTrafficSimulator.MAX_QUIET_TICKS);
		}
		// 03:00 has no visits in the seeded history: only the one every so often.
		assertThat(perSecond.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
	}

	@Test
	void visits_go_only_to_the_stations_open_at_that_time_of_day() {
		recordsEveryVisit();
		List<LocalTime> asked = new ArrayList<>();
		DemoTrafficSimulator simulator = new DemoTrafficSimulator(this.visits, (time) -> {
			asked.add(time);
			return time.getHour() == 12 ? List.of("RS007") : List.of("RS001", "RS002");
		}, Clock.fixed(NOON, ZoneOffset.UTC), SHANGHAI, new Random(11), VisitRateCurve.demo());

		int recorded = 0;
		for (int i = 0; i < 200; i++) {
			recorded += simulator.tick();
		}

		assertThat(asked).isNotEmpty().allSatisfy((time) -> assertThat(time).isEqualTo(LocalTime.of(12, 0)));
		assertThat(recorded).isPositive();
		verify(this.visits, atLeastOnce()).recordVisit(eq("RS007"), eq("demo-key-RS007"), any(VisitRequest.class));
		verify(this.visits, never()).recordVisit(eq("RS001"), anyString(), any(VisitRequest.class));
	}

	@Test
	void with_no_open_station_nothing_is_posted() {
		DemoTrafficSimulator simulator = simulator(NIGHT, List.of());

		for (int i = 0; i < DemoTrafficSimulator.MAX_QUIET_TICKS; i++) {
			assertThat(simulator.tick()).isZero();
		}
	}

	private void recordsEveryVisit() {
		when(this.visits.recordVisit(anyString(), anyString(), any(VisitRequest.class))).thenAnswer(
				call -> new RecordedVisit(
						new VisitSummary(1, call.getArgument(0), NIGHT, WorkerKind.DELIVERY,
								((VisitRequest) call.getArgument(2)).idempotencyKey(), NIGHT, VisitChannel.DEVICE),
						true));
	}

	private DemoTrafficSimulator simulator(Instant now, List<String> openStations) {
		return new DemoTrafficSimulator(this.visits, (time) -> openStations, Clock.fixed(now, ZoneOffset.UTC), SHANGHAI,
				new Random(11), VisitRateCurve.demo());
	}

}

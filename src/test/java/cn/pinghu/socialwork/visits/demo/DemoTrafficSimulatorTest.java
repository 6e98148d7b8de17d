package cn.pinghu.socialwork.visits.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.pinghu.socialwork.visits.RecordedVisit;
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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DemoTrafficSimulatorTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 03:00 in Pinghu: the quietest hour. */
	private static final Instant NIGHT = Instant.parse("2026-11-27T19:00:00Z");

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
	void even_the_quietest_hour_brings_a_visit_every_few_seconds() {
		recordsEveryVisit();
		DemoTrafficSimulator simulator = simulator(NIGHT, List.of("RS001", "RS002"));

		List<Integer> perSecond = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			perSecond.add(simulator.tick());
		}

		int quiet = 0;
		for (int visits : perSecond) {
			quiet = (visits == 0) ? quiet + 1 : 0;
			assertThat(quiet).isLessThan(DemoTrafficSimulator.MAX_QUIET_TICKS);
		}
		assertThat(perSecond.stream().mapToInt(Integer::intValue).sum()).isBetween(30, 80);
	}

	@Test
	void with_no_open_station_nothing_is_posted() {
		DemoTrafficSimulator simulator = simulator(NIGHT, List.of());

		for (int i = 0; i < DemoTrafficSimulator.MAX_QUIET_TICKS; i++) {
			assertThat(simulator.tick()).isZero();
		}
	}

	private void recordsEveryVisit() {
		when(this.visits.recordVisit(anyString(), anyString(), any(VisitRequest.class)))
			.thenAnswer(call -> new RecordedVisit(new VisitSummary(1, call.getArgument(0), NIGHT, WorkerKind.DELIVERY,
					((VisitRequest) call.getArgument(2)).idempotencyKey(), NIGHT), true));
	}

	private DemoTrafficSimulator simulator(Instant now, List<String> openStations) {
		return new DemoTrafficSimulator(this.visits, () -> openStations, Clock.fixed(now, ZoneOffset.UTC), SHANGHAI,
				new Random(11), VisitRateCurve.demo());
	}

}

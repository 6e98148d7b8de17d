package cn.pinghu.socialwork.visits.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.visits.VisitRejectedException;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.WorkerKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Simulated riders for a demo: every second it draws how many visits the current local
 * hour brings to the stations open at that time ({@link VisitRateCurve}, the seeded
 * history's pace) and posts them to random ones of those stations through
 * {@link VisitService#recordVisit} with the stations' demo keys, the path the REST API
 * takes, so counters, events and screens react as they would to real stations. On only
 * with {@code console.simulator.enabled=true} (the embedded demo run's default).
 */
@Component
@ConditionalOnProperty(name = DemoTrafficSimulator.ENABLED, havingValue = "true")
class DemoTrafficSimulator {

	static final String ENABLED = "console.simulator.enabled";

	/**
	 * After this many seconds without a visit one is posted anyway (to a station open
	 * round the clock), so the screen moves now and then even in the quietest hour.
	 */
	static final int MAX_QUIET_TICKS = 30;

	/** How long the list of open stations is trusted before it is read again. */
	private static final Duration STATIONS_REFRESH = Duration.ofMinutes(1);

	private static final String DEMO_KEY_PREFIX = "demo-key-";

	/**
	 * Roughly who visits, as in the seeded history: mostly delivery riders and couriers.
	 */
	private static final List<WorkerKind> WORKER_MIX = List.of(WorkerKind.DELIVERY, WorkerKind.DELIVERY,
			WorkerKind.DELIVERY, WorkerKind.DELIVERY, WorkerKind.COURIER, WorkerKind.COURIER, WorkerKind.COURIER,
			WorkerKind.RIDE_HAILING, WorkerKind.TRUCK, WorkerKind.STREAMER, WorkerKind.OTHER);

	private static final Logger log = LoggerFactory.getLogger(DemoTrafficSimulator.class);

	private final VisitService visits;

	private final Function<LocalTime, List<String>> openStations;

	private final Clock clock;

	private final ZoneId zone;

	private final RandomGenerator random;

	private final VisitRateCurve curve;

	private List<String> stationCodes = List.of();

	private Instant stationsReadAt = Instant.MIN;

	private int stationsReadInHour = -1;

	private int quietTicks;

	private long sequence;

	private boolean rejectionLogged;

	@Autowired
	DemoTrafficSimulator(VisitService visits, StationService stations, Clock clock,
			@Value("${console.zone}") ZoneId zone, @Value("${console.simulator.seed:#{null}}") @Nullable Long seed) {
		this(visits, stations::openCodesAt, clock, zone, (seed != null) ? new Random(seed) : new Random(),
				VisitRateCurve.demo());
	}

	DemoTrafficSimulator(VisitService visits, Function<LocalTime, List<String>> openStations, Clock clock, ZoneId zone,
			RandomGenerator random, VisitRateCurve curve) {
		this.visits = visits;
		this.openStations = openStations;
		this.clock = clock;
		this.zone = zone;
		this.random = random;
		this.curve = curve;
		log.info("Demo traffic simulator on: {} visits per open station and second by local hour in {}", curve, zone);
	}

	/**
	 * One second of traffic.
	 * @return how many visits were recorded
	 */
	@Scheduled(fixedRate = 1000, initialDelay = 1000)
	synchronized int tick() {
		LocalTime time = LocalTime.now(this.clock.withZone(this.zone));
		List<String> codes = openStationCodes(time);
		int visits = this.curve.draw(time.getHour(), codes.size(), this.random);
		if (visits == 0 && ++this.quietTicks >= MAX_QUIET_TICKS) {
			visits = 1;
		}
		if (visits == 0) {
			return 0;
		}
		this.quietTicks = 0;
		int recorded = 0;
		for (int i = 0; i < visits && !codes.isEmpty(); i++) {
			if (recordOne(codes.get(this.random.nextInt(codes.size())))) {
				recorded++;
			}
		}
		return recorded;
	}

	private boolean recordOne(String stationCode) {
		OffsetDateTime now = OffsetDateTime.now(this.clock.withZone(this.zone));
		String key = "sim-" + now.toInstant().toEpochMilli() + "-" + (++this.sequence);
		WorkerKind kind = WORKER_MIX.get(this.random.nextInt(WORKER_MIX.size()));
		try {
			return this.visits.recordVisit(stationCode, DEMO_KEY_PREFIX + stationCode, new VisitRequest(kind, now, key))
				.created();
		}
		catch (VisitRejectedException ex) {
			// e.g. a database without the demo keys: say so once, not every second
			if (!this.rejectionLogged) {
				log.warn("Demo traffic for {} was refused ({}); further refusals are logged at debug level",
						stationCode, ex.messageKey());
				this.rejectionLogged = true;
			}
			else {
				log.debug("Demo traffic for {} was refused ({})", stationCode, ex.messageKey());
			}
			return false;
		}
	}

	/** The stations open now, read again each minute and at each new hour. */
	private List<String> openStationCodes(LocalTime time) {
		Instant now = this.clock.instant();
		if (this.stationsReadAt.plus(STATIONS_REFRESH).isBefore(now) || this.stationsReadInHour != time.getHour()) {
			this.stationCodes = List.copyOf(this.openStations.apply(time));
			this.stationsReadAt = now;
			this.stationsReadInHour = time.getHour();
		}
		return this.stationCodes;
	}

}

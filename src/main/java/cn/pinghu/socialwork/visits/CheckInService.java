package cn.pinghu.socialwork.visits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.stations.CheckInStation;
import cn.pinghu.socialwork.stations.StationKeyService;
import cn.pinghu.socialwork.visits.VisitRejectedException.Reason;
import cn.pinghu.socialwork.visits.VisitStore.CheckIn;
import cn.pinghu.socialwork.visits.VisitStore.Posted;
import cn.pinghu.socialwork.visits.internal.VisitRows;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 扫码签到: riders check in on a station's public page ({@code /s/{code}}). A check-in is a
 * visit with the channel {@link VisitChannel#QR}, stored by the same writer as the API's
 * visits, with its event in the same transaction, so it reaches every screen the same
 * way. A rider is known only by a random id in a cookie of the page, kept as a hash: a
 * device that checked in at a station within the repeat window ({@code
 * console.checkin.repeat-window}, 30 minutes) counts once, decided by the database on any
 * node. The page is public, so these methods are guarded by no role.
 */
@Service
@Transactional(readOnly = true)
public class CheckInService {

	/** A device id is 128 random bits in hex, as the page makes them. */
	private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");

	private final StationKeyService stations;

	private final VisitWriter writer;

	private final VisitRows rows;

	private final ConsoleCalendar calendar;

	private final Duration repeatWindow;

	CheckInService(StationKeyService stations, VisitWriter writer, VisitRows rows, ConsoleCalendar calendar,
			@Value("${console.checkin.repeat-window:30m}") Duration repeatWindow) {
		this.stations = stations;
		this.writer = writer;
		this.rows = rows;
		this.calendar = calendar;
		this.repeatWindow = repeatWindow;
	}

	/** The station with exactly this code, as its page shows it. */
	public Optional<CheckInStation> station(String code) {
		return this.stations.findForCheckIn(code);
	}

	/** How long a device's check-in at a station counts for it. */
	public Duration repeatWindow() {
		return this.repeatWindow;
	}

	/** Whether a text is a device id as {@link #newDeviceId()} makes them. */
	public static boolean isDeviceId(String text) {
		return DEVICE_ID.matcher(text).matches();
	}

	/** A new random device id for a rider's cookie. */
	public static String newDeviceId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * Checks a rider in at the station with exactly this code, and waits until the visit
	 * is stored; a repeat within the window stores nothing.
	 * @throws VisitRejectedException when nothing was stored: no such station
	 * ({@link Reason#UNAUTHORIZED}, as the API answers an unknown station), the station
	 * is not open, a facility the station does not offer, a bad device id
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CheckInResult checkIn(String code, CheckInRequest request) {
		CheckInStation station = station(code)
			.orElseThrow(() -> new VisitRejectedException(Reason.UNAUTHORIZED, "checkin.unknown-station"));
		if (!station.open()) {
			throw new VisitRejectedException(Reason.STATION_NOT_OPEN, "checkin.not-open");
		}
		if (!station.facilities().containsAll(request.facilitiesUsed())) {
			throw new VisitRejectedException(Reason.INVALID, "checkin.facility-unknown");
		}
		if (!isDeviceId(request.deviceId())) {
			throw new VisitRejectedException(Reason.INVALID, "checkin.device-missing");
		}
		// each check-in is a visit of its own: its key only has to be new
		VisitRequest visit = new VisitRequest(request.workerKind(), null, "qr-" + UUID.randomUUID());
		CheckIn checkIn = new CheckIn(Secrets.sha256(request.deviceId()), List.copyOf(request.facilitiesUsed()),
				this.repeatWindow);
		boolean counted;
		try {
			this.writer.record(new Posted(station.station(), visit, checkIn));
			counted = true;
		}
		catch (VisitRejectedException ex) {
			if (ex.reason() != Reason.ALREADY_CHECKED_IN) {
				throw ex;
			}
			counted = false;
		}
		return new CheckInResult(station, counted, visitsToday(station));
	}

	/** The station's visits today, in the console's time zone, from every channel. */
	public long visitsToday(CheckInStation station) {
		LocalDate today = this.calendar.today();
		Instant from = today.atStartOfDay(this.calendar.zone()).toInstant();
		Instant to = today.plusDays(1).atStartOfDay(this.calendar.zone()).toInstant();
		return this.rows.countAtStation(station.station().id(), from, to);
	}

	/** Forgets the devices whose last check-in is older than the repeat window. */
	@Transactional
	int forgetDevices(int limit) {
		return this.rows.deleteDevicesBefore(this.calendar.now().minus(this.repeatWindow), limit);
	}

}

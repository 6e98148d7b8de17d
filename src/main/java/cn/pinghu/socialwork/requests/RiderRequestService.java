package cn.pinghu.socialwork.requests;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.requests.internal.RiderRequest;
import cn.pinghu.socialwork.requests.internal.RiderRequestRepository;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.stations.StationKeyService;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.workdays.WorkingDayService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 小哥诉求 as cases: filed by a rider on a station's page or by a coordinator from the
 * hotline, replied (已回应) and closed with an outcome (已办结) by the town's coordinators or
 * administrators, and rated by the rider. A case belongs to its town: coordinators read
 * and act on their towns' cases only, leaders and administrators read all. Every step is
 * audited (the case's history) and published after commit as a
 * {@link RiderRequestChanged}.
 * <p>
 * <b>Lifecycle.</b> A reply is recorded once. A case may be closed before it had a reply
 * (the matter was settled at once): the outcome then is its first reply too, at the same
 * moment, so that no closed case counts as unanswered. A closed case takes no more steps
 * but the rider's rating, once.
 * <p>
 * <b>Privacy.</b> The phone number is shown masked to the handling town's coordinators
 * and administrators, who may show it in full ({@link #showPhone}, audited), and not at
 * all to anybody else.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class RiderRequestService {

	/** The entity type cases have in the audit trail. */
	public static final String RIDER_REQUEST = "RiderRequest";

	/** The longest text of a request, a reply and an outcome. */
	public static final int MAX_TEXT = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RiderRequestRepository requests;

	private final StationKeyService stationCodes;

	private final StationService stations;

	private final CommunityService places;

	private final WorkingDayService workingDays;

	private final CurrentUser currentUser;

	private final ConsoleCalendar calendar;

	private final AuditService audit;

	private final DomainEvents events;

	private final int replyWorkingDays;

	private final int closeDays;

	RiderRequestService(RiderRequestRepository requests, StationKeyService stationCodes, StationService stations,
			CommunityService places, WorkingDayService workingDays, CurrentUser currentUser, ConsoleCalendar calendar,
			AuditService audit, DomainEvents events,
			@Value("${console.requests.reply-working-days:1}") int replyWorkingDays,
			@Value("${console.requests.close-days:7}") int closeDays) {
		this.requests = requests;
		this.stationCodes = stationCodes;
		this.stations = stations;
		this.places = places;
		this.workingDays = workingDays;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.replyWorkingDays = replyWorkingDays;
		this.closeDays = closeDays;
	}

	/**
	 * Files a rider's request from the check-in page of the station with this code: the
	 * case belongs to the station's town. Anybody may file; the page limits how often.
	 * @throws RequestRejectedException if no open station has this code ("没有这个站点" whether
	 * it is unknown or not open, so that a guessed code reveals nothing)
	 */
	@Transactional
	@PreAuthorize(Access.ANYONE)
	public FiledRequest file(String stationCode, @Valid RequestSubmission submission) {
		KeyedStation station = this.stationCodes.findByCode(stationCode)
			.filter(found -> found.status() == StationStatus.OPEN)
			.orElseThrow(() -> new RequestRejectedException("requests.rejected.unknown-station"));
		return store(station.townId(), station.id(), RequestChannel.CHECKIN_PAGE,
				Objects.requireNonNull(submission.category()), Objects.requireNonNull(submission.text()),
				submission.phone(), null);
	}

	/**
	 * Enters a request that came in by the hotline, for one of the caller's towns.
	 * @throws AccessDeniedException if the town is not the caller's
	 * @throws RequestRejectedException if the station lies in another town
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public FiledRequest fileHotline(@Valid HotlineRequest request) {
		long townId = Objects.requireNonNull(request.townId());
		if (!this.currentUser.writeScope().includes(townId)) {
			throw new AccessDeniedException("Town " + townId + " is not the caller's");
		}
		if (request.stationId() != null && this.stations.station(request.stationId()).townId() != townId) {
			throw new RequestRejectedException("requests.rejected.station-town");
		}
		return store(townId, request.stationId(), RequestChannel.HOTLINE, Objects.requireNonNull(request.category()),
				Objects.requireNonNull(request.text()), request.phone(), this.currentUser.require().username());
	}

	private FiledRequest store(long townId, @Nullable Long stationId, RequestChannel channel, RequestCategory category,
			String text, @Nullable String phone, @Nullable String filedBy) {
		Instant now = this.calendar.now();
		Deadlines due = Deadlines.of(now, this.calendar.zone(), this.workingDays.workingDays(this.calendar.dayOf(now)),
				this.replyWorkingDays, this.closeDays);
		String number = (phone == null || phone.isBlank()) ? null : phone.strip();
		RiderRequest saved = this.requests.save(new RiderRequest(townId, stationId, channel, category, text.strip(),
				number, now, filedBy, due.replyDue(), due.closeDue(), token()));
		this.audit.record(AuditAction.CREATE, RIDER_REQUEST, saved.getId(), townId,
				FieldDiff
					.created(FieldDiff.fields(new AuditedRequest(townId, stationId, channel, category, saved.getText(),
							(number != null) ? PhoneMask.mask(number) : null, due.replyDue(), due.closeDue()))));
		this.events.publish(new RiderRequestFiled(saved.getId(), townId, channel, category));
		return new FiledRequest(saved.getId(), saved.getRatingToken());
	}

	/**
	 * Records the first reply of a case in the caller's towns.
	 * @throws RequestRejectedException if the case had its reply, or is closed
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public RequestSummary reply(long id, long version,
			@NotBlank(message = "requests.validation.reply") @Size(max = MAX_TEXT,
					message = "requests.validation.text-size") String text) {
		RiderRequest request = writable(id, version);
		if (request.getStatus() != RequestStatus.RECEIVED) {
			throw new RequestRejectedException("requests.rejected.replied");
		}
		Instant now = this.calendar.now();
		request.reply(text.strip(), now, this.currentUser.require().username());
		this.audit.record(AuditAction.UPDATE, RIDER_REQUEST, id, request.getTownId(),
				List.of(new FieldChange("status", RequestStatus.RECEIVED.name(), RequestStatus.REPLIED.name()),
						new FieldChange("replyText", null, request.getReplyText())));
		this.events.publish(new RiderRequestReplied(id, request.getTownId(), !now.isAfter(request.getReplyDue())));
		return toSummary(this.requests.saveAndFlush(request));
	}

	/**
	 * Closes a case in the caller's towns with its outcome; a case without a reply gets
	 * the outcome as its reply too.
	 * @throws RequestRejectedException if the case is closed already
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public RequestSummary close(long id, long version,
			@NotBlank(message = "requests.validation.outcome") @Size(max = MAX_TEXT,
					message = "requests.validation.text-size") String outcome) {
		RiderRequest request = writable(id, version);
		RequestStatus before = request.getStatus();
		if (before == RequestStatus.CLOSED) {
			throw new RequestRejectedException("requests.rejected.closed");
		}
		Instant now = this.calendar.now();
		String user = this.currentUser.require().username();
		if (before == RequestStatus.RECEIVED) {
			request.reply(outcome.strip(), now, user);
			this.events.publish(new RiderRequestReplied(id, request.getTownId(), !now.isAfter(request.getReplyDue())));
		}
		request.close(outcome.strip(), now, user);
		this.audit.record(AuditAction.UPDATE, RIDER_REQUEST, id, request.getTownId(),
				List.of(new FieldChange("status", before.name(), RequestStatus.CLOSED.name()),
						new FieldChange("outcome", null, request.getOutcome())));
		this.events.publish(new RiderRequestClosed(id, request.getTownId(), !now.isAfter(request.getCloseDue())));
		return toSummary(this.requests.saveAndFlush(request));
	}

	/**
	 * The rider rates a closed case, once, through the link with the token they got when
	 * they filed it.
	 * @throws RequestRejectedException if no case has the token, it is not closed, or it
	 * was rated
	 */
	@Transactional
	@PreAuthorize(Access.ANYONE)
	public void rate(String ratingToken, @Min(value = 1, message = "requests.validation.rating") @Max(value = 5,
			message = "requests.validation.rating") int rating) {
		RiderRequest request = this.requests.findByRatingToken(ratingToken)
			.orElseThrow(() -> new RequestRejectedException("requests.rejected.unknown-request"));
		if (request.getStatus() != RequestStatus.CLOSED) {
			throw new RequestRejectedException("requests.rejected.not-closed");
		}
		if (request.getRating() != null) {
			throw new RequestRejectedException("requests.rejected.rated");
		}
		request.rate(rating, this.calendar.now());
		this.audit.record(AuditAction.UPDATE, RIDER_REQUEST, request.getId(), request.getTownId(),
				List.of(new FieldChange("rating", null, String.valueOf(rating))));
		this.events.publish(new RiderRequestRated(request.getId(), request.getTownId(), rating));
	}

	/**
	 * The full phone number of a case in the caller's towns, for a call back; the trail
	 * records who saw it.
	 * @return the number, or {@code null} if the case has none (any more)
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public @Nullable String showPhone(long id) {
		RiderRequest request = find(id);
		checkWrites(request);
		if (request.getPhone() == null) {
			return null;
		}
		this.audit.record(AuditAction.DISCLOSE, RIDER_REQUEST, id, request.getTownId(),
				List.of(new FieldChange("phone", null, PhoneMask.mask(request.getPhone()))));
		return request.getPhone();
	}

	/**
	 * A page of the caller's cases, overdue first, then by the deadline they wait on, the
	 * closed ones last; without counting them: the count is {@link #countRequests}.
	 */
	public Slice<RequestSummary> requests(RequestFilter filter, Pageable pageable) {
		TownScope scope = this.currentUser.readScope();
		return this.requests.worklist(scope.allTowns(), towns(scope), filter.townId(), filter.status(),
				filter.category(), filter.text(), this.calendar.now(), RequestStatus.CLOSED, RequestStatus.RECEIVED,
				// the worklist has its own order
				pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())
						: Pageable.unpaged())
			.map(this::toSummary);
	}

	/** How many of the caller's cases match the filter. */
	public long countRequests(RequestFilter filter) {
		TownScope scope = this.currentUser.readScope();
		return this.requests.countWorklist(scope.allTowns(), towns(scope), filter.townId(), filter.status(),
				filter.category(), filter.text());
	}

	/**
	 * One case of the caller's towns.
	 * @throws AccessDeniedException if it is unknown or outside them
	 */
	public RequestSummary request(long id) {
		RiderRequest request = find(id);
		if (!this.currentUser.readScope().includes(request.getTownId())) {
			throw new AccessDeniedException("Request " + id + " is not in scope");
		}
		return toSummary(request);
	}

	/** The history of a case of the caller's towns, newest first. */
	public List<AuditEntry> history(long id) {
		request(id);
		return this.audit.history(RIDER_REQUEST, id);
	}

	/** The towns the caller may file hotline requests for. */
	public Map<Long, String> hotlineTowns() {
		TownScope scope = this.currentUser.writeScope();
		Map<Long, String> names = new LinkedHashMap<>();
		this.places.towns()
			.stream()
			.filter(town -> scope.includes(town.id()))
			.forEach(town -> names.put(town.id(), town.name()));
		return names;
	}

	private RiderRequest writable(long id, long version) {
		RiderRequest request = find(id);
		checkWrites(request);
		if (request.getVersion() != version) {
			throw new StaleVersionException(RIDER_REQUEST, id);
		}
		return request;
	}

	private void checkWrites(RiderRequest request) {
		if (!this.currentUser.writeScope().includes(request.getTownId())) {
			throw new AccessDeniedException("Request " + request.getId() + " lies outside the caller's towns");
		}
	}

	private RiderRequest find(long id) {
		return this.requests.findById(id).orElseThrow(() -> new AccessDeniedException("Request " + id + " not found"));
	}

	private static Set<Long> towns(TownScope scope) {
		// an empty IN list is no valid SQL; no town has id 0
		return scope.townIds().isEmpty() ? Set.of(0L) : scope.townIds();
	}

	private RequestSummary toSummary(RiderRequest request) {
		Instant now = this.calendar.now();
		boolean mayAct = this.currentUser.writeScope().includes(request.getTownId());
		String phone = request.getPhone();
		return new RequestSummary(request.getId(), request.getTownId(), request.getStationId(), request.getChannel(),
				request.getCategory(), request.getText(), (mayAct && phone != null) ? PhoneMask.mask(phone) : null,
				phone != null, request.getStatus(), request.getReceivedAt(), request.getReplyDue(),
				request.getCloseDue(), request.getReplyText(), request.getRepliedAt(), request.getRepliedBy(),
				request.getOutcome(), request.getClosedAt(), request.getClosedBy(), request.getRating(),
				Deadlines.signal(request.getStatus(), request.getReceivedAt(), request.getReplyDue(),
						request.getCloseDue(), request.getClosedAt(), now),
				Deadlines.overdue(request.getStatus(), request.getReplyDue(), request.getCloseDue(), now), mayAct,
				request.getVersion());
	}

	private static String token() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The fields of a new case that the trail records; the number only masked. */
	private record AuditedRequest(long townId, @Nullable Long stationId, RequestChannel channel,
			RequestCategory category, String text, @Nullable String phone, Instant replyDue, Instant closeDue) {
	}

}

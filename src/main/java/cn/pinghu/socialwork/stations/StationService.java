package cn.pinghu.socialwork.stations;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.SortMapping;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.UpsertOutcome;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import cn.pinghu.socialwork.stations.internal.Stations;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Rider stations as master data: the list, the commands of the station form, and the
 * stations' API keys. Everybody with a console role reads every station; a coordinator
 * changes only the stations of their towns. Every command writes its audit row in its own
 * transaction; API keys are never written to it, nor stored in clear.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class StationService {

	/** The entity type stations have in the audit trail. */
	public static final String STATION = "RiderStation";

	/** The audited field that records which API key is valid, by when it was issued. */
	public static final String API_KEY_FIELD = "apiKeyIssuedAt";

	private static final SortMapping SORTS = SortMapping.of("Stations",
			Map.of("code", "code", "name", "name", "townId", "townId", "status", "status", "capacity", "capacity",
					"openingHours", "openingHours", "archivedAt", "archivedAt"),
			"code");

	private final RiderStationRepository stations;

	private final StationApiKeys apiKeys;

	private final StationWrites writes;

	private final CurrentUser currentUser;

	private final AuditService audit;

	StationService(RiderStationRepository stations, StationApiKeys apiKeys, StationWrites writes,
			CurrentUser currentUser, AuditService audit) {
		this.stations = stations;
		this.apiKeys = apiKeys;
		this.writes = writes;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/**
	 * A page of the stations that match the filter, without counting them: the count is
	 * {@link #countStations}. The code breaks ties.
	 */
	@PreAuthorize(Access.READERS)
	public Slice<StationDetails> stations(StationFilter filter, Pageable pageable) {
		// the fluent query orders a slice by the pageable's sort alone
		return this.stations.findBy(Stations.matching(filter), query -> query.slice(SORTS.toEntitySort(pageable)))
			.map(StationService::toDetails);
	}

	/** How many stations match the filter. */
	@PreAuthorize(Access.READERS)
	public long countStations(StationFilter filter) {
		return this.stations.count(Stations.matching(filter));
	}

	/** One page of stations, whatever their state. */
	@PreAuthorize(Access.READERS)
	public Page<StationSummary> page(Pageable pageable) {
		return this.stations.findAll(pageable).map(StationService::toSummary);
	}

	/** How many stations there are, whatever their state. */
	@PreAuthorize(Access.READERS)
	public long count() {
		return this.stations.count();
	}

	/**
	 * How many stations are in use and how many are open: what the screens show, read
	 * without a user.
	 */
	public StationCounts counts() {
		return new StationCounts(this.stations.countByStatus(StationStatus.OPEN),
				this.stations.countByArchivedAtIsNull());
	}

	/**
	 * Every station in use (archived ones left out), where it lies and its status, by
	 * code: the dots of the station map, read without a user as {@link #counts()} is.
	 */
	public List<StationPoint> points() {
		return this.stations.findPoints();
	}

	/**
	 * The codes of the stations open at that local time of day (status open, and within
	 * their opening hours), in order: what the demo traffic posts to.
	 */
	public List<String> openCodesAt(LocalTime time) {
		return this.stations.findCodesAndHoursByStatus(StationStatus.OPEN)
			.stream()
			.filter((station) -> OpeningHours.openAt(station.getOpeningHours(), time))
			.map(RiderStationRepository.CodeAndHours::getCode)
			.toList();
	}

	@PreAuthorize(Access.READERS)
	public StationDetails station(long id) {
		return toDetails(find(id));
	}

	/**
	 * Whether the caller may change this station, as the service checks it: the form is
	 * read-only otherwise.
	 */
	@PreAuthorize(Access.READERS)
	public boolean mayEdit(StationDetails station) {
		return mayCreate() && this.currentUser.writeScope().includes(station.townId());
	}

	/** Whether the caller may create stations (in the towns they change). */
	@PreAuthorize(Access.READERS)
	public boolean mayCreate() {
		return this.currentUser.get()
			.map(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR))
			.orElse(false) && !this.currentUser.writeScope().isEmpty();
	}

	/** Whether the caller may see, rotate and revoke API keys: administrators only. */
	@PreAuthorize(Access.READERS)
	public boolean mayManageApiKeys() {
		return this.currentUser.get().map(user -> user.hasRole(Role.ADMIN)).orElse(false);
	}

	/** The audit trail of one station, newest first. */
	@PreAuthorize(Access.READERS)
	public List<AuditEntry> stationHistory(long id) {
		find(id);
		return this.audit.history(STATION, id);
	}

	/** When the station's valid API key was issued; empty when it has none. */
	@PreAuthorize(Access.ADMIN)
	public Optional<Instant> apiKeyIssuedAt(long id) {
		return this.apiKeys.issuedAt(find(id));
	}

	@Transactional
	@PreAuthorize(Access.EDITORS)
	public StationDetails createStation(@Valid StationDraft draft) {
		return toDetails(this.writes.insert(draft, null));
	}

	/**
	 * Changes a station as the draft says.
	 * @throws StaleVersionException when the station changed since the draft was read
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public StationDetails updateStation(long id, @Valid StationDraft draft) {
		RiderStation station = writable(id);
		this.writes.update(station, draft);
		return toDetails(station);
	}

	/**
	 * Creates or changes the station with the draft's code, whatever version the draft
	 * carries: what an import does with each row, with the rules and the audit trail of
	 * the form; {@code batchId} ties the audit rows of one import together. An archived
	 * station is refused rather than restored.
	 * @throws FieldRejectedException when the station is archived, or at the first rule
	 * of the form the draft breaks
	 * @throws AccessDeniedException when the station or the draft's town is not the
	 * caller's
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public UpsertOutcome upsertStation(@Valid StationDraft draft, String batchId) {
		return UpsertOutcome.byKey(this.stations.findByCode(Objects.requireNonNull(draft.getCode())),
				() -> this.writes.insert(draft, batchId), stored -> this.writes
					.change(requireInUse(requireWritable(stored)), draft, AuditAction.IMPORT, batchId));
	}

	/**
	 * Archives a station: its visits keep naming it, so it is never deleted. An archived
	 * station is closed and listed only when archived rows are asked for.
	 * @throws StaleVersionException when the station changed since it was read
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public StationDetails archiveStation(long id, long version) {
		return toDetails(this.writes.archive(writable(id), version));
	}

	/**
	 * Brings an archived station back; it stays closed until somebody opens it.
	 * @throws StaleVersionException when the station changed since it was read
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public StationDetails restoreStation(long id, long version) {
		return toDetails(this.writes.restore(writable(id), version));
	}

	/**
	 * Issues a new API key for the station and revokes every key it had: the old key is
	 * refused from this transaction's commit on by this node, and within
	 * {@link VerifiedKeys#TTL} of it by every other. The new key is returned this once.
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public IssuedApiKey rotateApiKey(long id) {
		return this.apiKeys.rotate(find(id));
	}

	/**
	 * Revokes every key of the station: it can post nothing until a new key is issued (on
	 * this node from the commit on, on the others within {@link VerifiedKeys#TTL}).
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public StationDetails revokeApiKey(long id) {
		RiderStation station = find(id);
		this.apiKeys.revoke(station);
		return toDetails(station);
	}

	private RiderStation find(long id) {
		return this.stations.findById(id).orElseThrow(() -> new IllegalArgumentException("No station " + id));
	}

	private RiderStation writable(long id) {
		return requireWritable(find(id));
	}

	private RiderStation requireWritable(RiderStation station) {
		if (!this.currentUser.writeScope().includes(station.getTownId())) {
			throw new AccessDeniedException("Station " + station.getId() + " is not in the towns the caller changes");
		}
		return station;
	}

	/** An archived station is restored by hand first, never by an import's row. */
	private static RiderStation requireInUse(RiderStation station) {
		if (station.getArchivedAt() != null) {
			throw new FieldRejectedException("code", "stations.validation.archived");
		}
		return station;
	}

	private static StationSummary toSummary(RiderStation station) {
		return new StationSummary(station.getId(), station.getCode(), station.getName(), station.getTownId(),
				station.getCommunityId(), station.getAddress(), station.getLatitude(), station.getLongitude(),
				station.getHostUnit(), station.getFacilities(), station.getOpeningHours(), station.getStatus(),
				station.getCapacity());
	}

	private static StationDetails toDetails(RiderStation station) {
		return new StationDetails(station.getId(), station.getCode(), station.getName(), station.getTownId(),
				station.getCommunityId(), station.getAddress(), station.getLatitude(), station.getLongitude(),
				station.getHostUnit(), station.getFacilities(), station.getOpeningHours(), station.getStatus(),
				station.getCapacity(), station.getArchivedAt(), station.getVersion());
	}

}

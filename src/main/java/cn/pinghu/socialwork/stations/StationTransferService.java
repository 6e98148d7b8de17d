package cn.pinghu.socialwork.stations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.places.PlaceService;
import cn.pinghu.socialwork.security.CurrentUser;
import cn.pinghu.socialwork.security.Role;
import cn.pinghu.socialwork.security.TownScope;
import cn.pinghu.socialwork.shared.data.UpsertOutcome;
import cn.pinghu.socialwork.shared.transfer.Exporter;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportChunks;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportRefusedException;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.ImportRow;
import cn.pinghu.socialwork.shared.transfer.Importer;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.stations.StationAdminService.AuditedStation;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rider stations in and out of files ({@link StationFile}): a checked preview of an
 * upload, its import as one transaction with one audit batch, the import template, and
 * the export of a filtered list. A coordinator imports rows of their towns only; a row
 * whose code is an archived station's is refused (restore the station first). Station
 * edits publish no events (the screens read stations as they are), so neither does an
 * import. API keys are never read from or written to a file.
 */
@Service
@Transactional(readOnly = true)
public class StationTransferService {

	private static final String EDITORS = "hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.COORDINATOR + "')";

	private final StationAdminService admin;

	private final RiderStationRepository stations;

	private final PlaceService places;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final MessageSource messages;

	private final Validator validator;

	private final ImportChunks chunks;

	private final VerifiedKeys verified;

	StationTransferService(StationAdminService admin, RiderStationRepository stations, PlaceService places,
			CurrentUser currentUser, AuditService audit, MessageSource messages, Validator validator,
			ImportChunks chunks, VerifiedKeys verified) {
		this.verified = verified;
		this.admin = admin;
		this.stations = stations;
		this.places = places;
		this.currentUser = currentUser;
		this.audit = audit;
		this.messages = messages;
		this.validator = validator;
		this.chunks = chunks;
	}

	/**
	 * Reads and checks an uploaded file; stores nothing.
	 * @param charset the encoding the user chose for a CSV file; {@code null} to detect
	 * it
	 * @throws cn.pinghu.socialwork.shared.transfer.SheetRejectedException when the file
	 * cannot be imported at all
	 */
	@PreAuthorize(EDITORS)
	public ImportPreview<StationDraft> preview(byte[] content, String fileName, @Nullable Charset charset,
			ImportProgress progress) {
		Map<String, StationFile.StoredStation> stored = this.stations.findAllCodesAndPlaces()
			.stream()
			.collect(Collectors.toMap(RiderStationRepository.CodeAndPlace::getCode,
					station -> new StationFile.StoredStation(station.getTownId(), station.getCommunityId(),
							station.getArchivedAt() != null)));
		return Importer.preview(file().forImport(this.validator, this.currentUser.townScope(), stored),
				SheetReader.read(content, fileName, charset), progress);
	}

	/**
	 * Stores a previewed file's rows, upserting by code, in one transaction together with
	 * their audit rows (action {@link AuditAction#IMPORT}, one batch id). Rows equal to
	 * the stored station are not written.
	 * @throws ImportRefusedException when the mode allows no import of this preview, or a
	 * row no longer passes its checks (say, its station was archived since); nothing is
	 * stored then
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public ImportResult importRows(ImportPreview<StationDraft> preview, ImportMode mode, ImportProgress progress) {
		List<ImportRow<StationDraft>> rows = preview.rowsFor(mode);
		String batchId = UUID.randomUUID().toString();
		TownScope scope = this.currentUser.townScope();
		Map<Long, String> townNames = this.places.townNames();
		Map<Long, CommunitySummary> communities = communities();
		ImportResult.Tally tally = new ImportResult.Tally();
		// a changed code, town or status must reach the API's keys
		this.verified.changed();
		this.chunks.store(rows, progress, this::storedByCode,
				(row, stored) -> store(row, stored, scope, townNames, communities, batchId, tally));
		return tally.result(batchId);
	}

	/** The stored stations of a chunk's codes. */
	private Map<String, RiderStation> storedByCode(List<StationDraft> drafts) {
		Map<String, RiderStation> stored = new HashMap<>();
		this.stations.findAllByCodeIn(drafts.stream().map(StationDraft::getCode).toList())
			.forEach(station -> stored.put(station.getCode(), station));
		return stored;
	}

	private void store(ImportRow<StationDraft> row, Map<String, RiderStation> stored, TownScope scope,
			Map<Long, String> townNames, Map<Long, CommunitySummary> communities, String batchId,
			ImportResult.Tally tally) {
		StationDraft draft = row.value();
		long townId = Objects.requireNonNull(draft.getTownId());
		RiderStation station = stored.get(draft.getCode());
		if (!scope.includes(townId) || (station != null && !scope.includes(station.getTownId()))) {
			throw new AccessDeniedException("Row " + row.row() + " is not in the caller's towns");
		}
		if (!this.validator.validate(draft).isEmpty() || !townNames.containsKey(townId)
				|| (station != null && station.getArchivedAt() != null)
				|| !communityFits(draft, communities, (station != null) ? station.getCommunityId() : null)) {
			throw new ImportRefusedException("transfer.import.refused-row", row.row());
		}
		RiderStation.Place place = new RiderStation.Place(townId, draft.getCommunityId(),
				Objects.requireNonNull(draft.getAddress()).strip(), Objects.requireNonNull(draft.getLatitude()),
				Objects.requireNonNull(draft.getLongitude()));
		String code = Objects.requireNonNull(draft.getCode());
		if (station == null) {
			station = this.stations.save(new RiderStation(code, place, StationAdminService.details(draft)));
			record(station, batchId, FieldDiff.created(FieldDiff.fields(StationAdminService.audited(station))));
			tally.add(UpsertOutcome.CREATED);
			return;
		}
		AuditedStation before = StationAdminService.audited(station);
		station.change(code, place, StationAdminService.details(draft));
		List<FieldChange> changes = FieldDiff.between(before, StationAdminService.audited(station));
		if (changes.isEmpty()) {
			tally.add(UpsertOutcome.UNCHANGED);
		}
		else {
			record(station, batchId, changes);
			tally.add(UpsertOutcome.UPDATED);
		}
	}

	/**
	 * Writes the stations the filter finds, page by page, in code order.
	 * @return how many were written
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@PreAuthorize(EDITORS)
	public int export(StationFilter filter, SheetFormat format, OutputStream out) throws IOException {
		return Exporter.export(file().forExport(), format, out, pageable -> this.admin.stations(filter,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code"))));
	}

	/** The import template: an .xlsx with the header row. */
	@PreAuthorize(EDITORS)
	public void template(OutputStream out) throws IOException {
		Exporter.template(file().forExport(), out);
	}

	private StationFile file() {
		return new StationFile(this.messages, this.places.townNames(), communities());
	}

	/**
	 * The communities of the caller's towns, archived ones too: an exported station keeps
	 * naming the community it was placed in.
	 */
	private Map<Long, CommunitySummary> communities() {
		return this.places.communities(new CommunityFilter(null, null, null, true), Pageable.unpaged())
			.stream()
			.collect(Collectors.toMap(CommunitySummary::id, Function.identity()));
	}

	/**
	 * As the station form: a community lies in the station's town, and an archived one
	 * only where the station already was.
	 */
	private static boolean communityFits(StationDraft draft, Map<Long, CommunitySummary> communities,
			@Nullable Long current) {
		Long id = draft.getCommunityId();
		if (id == null) {
			return true;
		}
		CommunitySummary community = communities.get(id);
		return community != null && Objects.equals(community.townId(), draft.getTownId())
				&& (!community.archived() || id.equals(current));
	}

	private void record(RiderStation station, String batchId, List<FieldChange> changes) {
		this.audit.record(AuditAction.IMPORT, StationAdminService.STATION, station.getId(), station.getTownId(),
				batchId, changes);
	}

}

package cn.pinghu.socialwork.stations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportRefusedException;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.MasterDataTransfers;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.TransferTemplate;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rider stations in and out of files ({@link StationFile}): a checked preview of an
 * upload, its import as one transaction with one audit batch, the import template, and
 * the export of a filtered list. Rows are upserted by code through
 * {@link StationService#upsertStation}, so that an import keeps the rules of the form; a
 * coordinator imports rows of their towns only, and a row whose code is an archived
 * station's is refused (restore the station first). Each row that changes a station
 * publishes a {@link StationChanged}, as the form does. API keys are never read from or
 * written to a file.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.EDITORS)
public class StationTransferService implements MasterDataTransfers<StationFilter, StationDraft> {

	private final StationService admin;

	private final RiderStationRepository stations;

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	private final Validator validator;

	private final TransferTemplate transfers;

	private final RegionService region;

	StationTransferService(StationService admin, RiderStationRepository stations, CommunityService places,
			CurrentUser currentUser, MessageSource messages, Validator validator, TransferTemplate transfers,
			RegionService region) {
		this.region = region;
		this.admin = admin;
		this.stations = stations;
		this.places = places;
		this.currentUser = currentUser;
		this.messages = messages;
		this.validator = validator;
		this.transfers = transfers;
	}

	@Override
	public ImportPreview<StationDraft> preview(byte[] content, String fileName, @Nullable Charset charset,
			ImportProgress progress) {
		Map<String, StationFile.StoredStation> stored = this.stations.findAllCodesAndPlaces()
			.stream()
			.collect(Collectors.toMap(RiderStationRepository.CodeAndPlace::getCode,
					station -> new StationFile.StoredStation(station.getTownId(), station.getCommunityId(),
							station.getArchivedAt() != null)));
		return this.transfers.preview(
				file().forImport(this.validator, this.currentUser.writeScope(), this.region.current(), stored), content,
				fileName, charset, progress);
	}

	/**
	 * Stores a previewed file's rows, upserting by code, in one transaction together with
	 * their audit rows (action {@link AuditAction#IMPORT}, one batch id). Rows equal to
	 * the stored station are not written.
	 * @throws ImportRefusedException when the mode allows no import of this preview, or a
	 * row no longer passes the form's rules (say, its station was archived since);
	 * nothing is stored then
	 */
	@Transactional
	@Override
	public ImportResult importRows(ImportPreview<StationDraft> preview, ImportMode mode, ImportProgress progress) {
		return this.transfers.importRows(preview, mode, progress, this.admin::upsertStation);
	}

	/**
	 * Writes the stations the filter finds, page by page, in code order.
	 * @return how many were written
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@Override
	public int export(StationFilter filter, SheetFormat format, OutputStream out) throws IOException {
		return this.transfers.export(file().forExport(), format, out, "code",
				pageable -> this.admin.stations(filter, pageable));
	}

	@Override
	public void template(OutputStream out) throws IOException {
		this.transfers.template(file().forExport(), out);
	}

	/**
	 * The file with the communities of the caller's towns, archived ones too: an exported
	 * station keeps naming the community it was placed in.
	 */
	private StationFile file() {
		Map<Long, CommunitySummary> communities = this.places
			.communities(new CommunityFilter(null, null, null, true), Pageable.unpaged())
			.stream()
			.collect(Collectors.toMap(CommunitySummary::id, Function.identity()));
		return new StationFile(this.messages, this.places.townNames(), communities);
	}

}

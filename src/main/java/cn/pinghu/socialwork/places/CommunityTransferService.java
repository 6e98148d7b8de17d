package cn.pinghu.socialwork.places;

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
import cn.pinghu.socialwork.places.PlaceService.AuditedCommunity;
import cn.pinghu.socialwork.places.internal.Community;
import cn.pinghu.socialwork.places.internal.CommunityRepository;
import cn.pinghu.socialwork.places.internal.Town;
import cn.pinghu.socialwork.places.internal.TownRepository;
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
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities in and out of files ({@link CommunityFile}): a checked preview of an
 * upload, its import as one transaction with one audit batch, the import template, and
 * the export of a filtered list. A coordinator imports rows of their towns only.
 */
@Service
@Transactional(readOnly = true)
public class CommunityTransferService {

	private static final String EDITORS = "hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.COORDINATOR + "')";

	private final PlaceService places;

	private final TownRepository towns;

	private final CommunityRepository communities;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final MessageSource messages;

	private final Validator validator;

	private final ImportChunks chunks;

	CommunityTransferService(PlaceService places, TownRepository towns, CommunityRepository communities,
			CurrentUser currentUser, AuditService audit, MessageSource messages, Validator validator,
			ImportChunks chunks) {
		this.places = places;
		this.towns = towns;
		this.communities = communities;
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
	public ImportPreview<CommunityDraft> preview(byte[] content, String fileName, @Nullable Charset charset,
			ImportProgress progress) {
		Map<String, Long> storedTowns = this.communities.findAllCodesAndTowns()
			.stream()
			.collect(Collectors.toMap(CommunityRepository.CodeAndTown::getCode,
					CommunityRepository.CodeAndTown::getTownId));
		return Importer.preview(file().forImport(this.validator, this.currentUser.townScope(), storedTowns),
				SheetReader.read(content, fileName, charset), progress);
	}

	/**
	 * Stores a previewed file's rows, upserting by code, in one transaction together with
	 * their audit rows (action {@link AuditAction#IMPORT}, one batch id). Rows equal to
	 * the stored community are not written.
	 * @throws ImportRefusedException when the mode allows no import of this preview, or a
	 * row no longer passes its checks; nothing is stored then
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public ImportResult importRows(ImportPreview<CommunityDraft> preview, ImportMode mode, ImportProgress progress) {
		List<ImportRow<CommunityDraft>> rows = preview.rowsFor(mode);
		String batchId = UUID.randomUUID().toString();
		TownScope scope = this.currentUser.townScope();
		Map<Long, Town> townsById = this.towns.findAll()
			.stream()
			.collect(Collectors.toMap(Town::getId, Function.identity()));
		ImportResult.Tally tally = new ImportResult.Tally();
		this.chunks.store(rows, progress, this::storedByCode,
				(row, stored) -> store(row, stored, scope, townsById, batchId, tally));
		return tally.result(batchId);
	}

	/** The stored communities of a chunk's codes. */
	private Map<String, Community> storedByCode(List<CommunityDraft> drafts) {
		Map<String, Community> stored = new HashMap<>();
		this.communities.findAllByCodeIn(drafts.stream().map(CommunityDraft::getCode).toList())
			.forEach(community -> stored.put(community.getCode(), community));
		return stored;
	}

	private void store(ImportRow<CommunityDraft> row, Map<String, Community> stored, TownScope scope,
			Map<Long, Town> townsById, String batchId, ImportResult.Tally tally) {
		CommunityDraft draft = row.value();
		if (!this.validator.validate(draft).isEmpty()) {
			throw new ImportRefusedException("transfer.import.refused-row", row.row());
		}
		Town town = Objects.requireNonNull(townsById.get(draft.getTownId()));
		Community community = stored.get(draft.getCode());
		if (!scope.includes(town.getId()) || (community != null && !scope.includes(community.getTown().getId()))) {
			throw new AccessDeniedException("Row " + row.row() + " is not in the caller's towns");
		}
		if (community == null) {
			community = this.communities.save(new Community(draft.getCode(), name(draft), town, draft.getKind(),
					draft.getHouseholds(), draft.getPopulation()));
			record(community, batchId, FieldDiff.created(FieldDiff.fields(PlaceService.audited(community))));
			tally.add(UpsertOutcome.CREATED);
			return;
		}
		AuditedCommunity before = PlaceService.audited(community);
		community.change(draft.getCode(), name(draft), town, draft.getKind(), draft.getHouseholds(),
				draft.getPopulation());
		List<FieldChange> changes = FieldDiff.between(before, PlaceService.audited(community));
		if (changes.isEmpty()) {
			tally.add(UpsertOutcome.UNCHANGED);
		}
		else {
			record(community, batchId, changes);
			tally.add(UpsertOutcome.UPDATED);
		}
	}

	/**
	 * Writes the communities the filter finds, in the caller's towns, page by page.
	 * @return how many were written
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@PreAuthorize(EDITORS)
	public int export(CommunityFilter filter, SheetFormat format, OutputStream out) throws IOException {
		return Exporter.export(file().forExport(), format, out, pageable -> this.places.communities(filter,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("code"))));
	}

	/** The import template: an .xlsx with the header row. */
	@PreAuthorize(EDITORS)
	public void template(OutputStream out) throws IOException {
		Exporter.template(file().forExport(), out);
	}

	private CommunityFile file() {
		return new CommunityFile(this.messages, this.places.townNames());
	}

	private void record(Community community, String batchId, List<FieldChange> changes) {
		this.audit.record(AuditAction.IMPORT, PlaceService.COMMUNITY, community.getId(), community.getTown().getId(),
				batchId, changes);
	}

	private static String name(CommunityDraft draft) {
		return Objects.requireNonNull(draft.getName()).strip();
	}

}

package cn.pinghu.socialwork.organizations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.organizations.internal.InstructorRepository;
import cn.pinghu.socialwork.organizations.internal.OrganizationRepository;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.shared.transfer.Exporter;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportRefusedException;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.MasterDataTransfers;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.TransferTemplate;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations in and out of files ({@link OrganizationFile}): a checked preview of an
 * upload, its import as one transaction with one audit batch, the import template, and
 * the export of a filtered list. Rows are upserted by credit code through
 * {@link OrganizationService#upsert(OrganizationDraft, String, OrganizationImportChunk)},
 * so that an import keeps the rules of the form and tells the same
 * {@link OrganizationEdits}, with what the rules look up read once per chunk of rows; a
 * coordinator imports rows of their towns only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.EDITORS)
public class OrganizationTransferService implements MasterDataTransfers<OrganizationFilter, OrganizationDraft> {

	private final OrganizationService service;

	private final OrganizationRepository organizations;

	private final InstructorRepository instructors;

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	private final Validator validator;

	private final TransferTemplate transfers;

	private final OrganizationRules rules;

	OrganizationTransferService(OrganizationService service, OrganizationRepository organizations,
			InstructorRepository instructors, CommunityService places, CurrentUser currentUser, MessageSource messages,
			Validator validator, TransferTemplate transfers, OrganizationRules rules) {
		this.service = service;
		this.organizations = organizations;
		this.instructors = instructors;
		this.places = places;
		this.currentUser = currentUser;
		this.messages = messages;
		this.validator = validator;
		this.transfers = transfers;
		this.rules = rules;
	}

	@Override
	public ImportPreview<OrganizationDraft> preview(byte[] content, String fileName, @Nullable Charset charset,
			ImportProgress progress) {
		Map<String, OrganizationFile.Stored> stored = new HashMap<>();
		for (OrganizationRepository.StoredKey key : this.organizations.findAllKeys()) {
			stored.put(key.getCreditCode(), new OrganizationFile.Stored(key.getTownId(), key.getInstructorId(),
					key.getArchivedAt() != null, key.getBranchForm().covers() && key.getBranchFormedOn() != null));
		}
		return this.transfers.preview(file().forImport(this.validator, stored, this.rules.today()), content, fileName,
				charset, progress);
	}

	/**
	 * Stores a previewed file's rows, upserting by credit code, in one transaction
	 * together with their audit rows (action {@link AuditAction#IMPORT}, one batch id).
	 * Rows equal to the stored organisation are not written.
	 * @throws ImportRefusedException when the mode allows no import of this preview, or a
	 * row no longer passes its checks; nothing is stored then
	 */
	@Transactional
	@Override
	public ImportResult importRows(ImportPreview<OrganizationDraft> preview, ImportMode mode, ImportProgress progress) {
		return this.transfers.importRows(preview, mode, progress, this.service::importChunk, this.service::upsert);
	}

	/**
	 * Writes the organisations the filter finds, in the caller's towns, by credit code:
	 * chunk by chunk after the last credit code written, each chunk read in its own
	 * transaction, so that a list of a hundred thousand is neither counted nor held.
	 * @return how many were written
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@Override
	public int export(OrganizationFilter filter, SheetFormat format, OutputStream out) throws IOException {
		return this.transfers.exportByKeyset(file().forExport(), format, out,
				position -> this.service.scroll(filter, position, Exporter.CHUNK_SIZE));
	}

	@Override
	public void template(OutputStream out) throws IOException {
		this.transfers.template(file().forExport(), out);
	}

	private OrganizationFile file() {
		List<OrganizationFile.InstructorRef> instructors = this.instructors.findAllWithTowns()
			.stream()
			.map(instructor -> new OrganizationFile.InstructorRef(instructor.getId(), instructor.getCode(),
					instructor.getName(), instructor.getTownIds(), instructor.getArchivedAt() != null))
			.toList();
		return new OrganizationFile(this.messages, this.currentUser.writeScope(), this.places.townNames(),
				this.places.communities(new CommunityFilter(null, null, null, true), Pageable.unpaged()).getContent(),
				instructors);
	}

}

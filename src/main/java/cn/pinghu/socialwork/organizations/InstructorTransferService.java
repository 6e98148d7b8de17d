package cn.pinghu.socialwork.organizations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.organizations.internal.Instructor;
import cn.pinghu.socialwork.organizations.internal.InstructorRepository;
import cn.pinghu.socialwork.organizations.internal.OrganizationRepository;
import cn.pinghu.socialwork.places.CommunityService;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instructors in and out of files ({@link InstructorFile}): a checked preview of an
 * upload, its import as one transaction with one audit batch, the import template, and
 * the export of a filtered list. Rows are upserted by code through
 * {@link InstructorService#upsert}, so that an import keeps the rules of the form; a
 * coordinator imports rows of their towns only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.EDITORS)
public class InstructorTransferService implements MasterDataTransfers<InstructorFilter, InstructorDraft> {

	private final InstructorService service;

	private final InstructorRepository instructors;

	private final OrganizationRepository organizations;

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	private final Validator validator;

	private final TransferTemplate transfers;

	InstructorTransferService(InstructorService service, InstructorRepository instructors,
			OrganizationRepository organizations, CommunityService places, CurrentUser currentUser,
			MessageSource messages, Validator validator, TransferTemplate transfers) {
		this.service = service;
		this.instructors = instructors;
		this.organizations = organizations;
		this.places = places;
		this.currentUser = currentUser;
		this.messages = messages;
		this.validator = validator;
		this.transfers = transfers;
	}

	@Override
	public ImportPreview<InstructorDraft> preview(byte[] content, String fileName, @Nullable Charset charset,
			ImportProgress progress) {
		Map<String, InstructorFile.Stored> stored = new HashMap<>();
		for (Instructor instructor : this.instructors.findAllWithTowns()) {
			stored.put(instructor.getCode(), new InstructorFile.Stored(instructor.getId(), instructor.getTownIds(),
					instructor.getArchivedAt() != null));
		}
		Map<Long, Set<Long>> assignedTowns = new HashMap<>();
		for (OrganizationRepository.InstructorAndTown row : this.organizations.findInstructorTownsInUse()) {
			assignedTowns.computeIfAbsent(row.getInstructorId(), id -> new HashSet<>()).add(row.getTownId());
		}
		return this.transfers.preview(
				file().forImport(this.validator, this.currentUser.writeScope(), stored, assignedTowns), content,
				fileName, charset, progress);
	}

	/**
	 * Stores a previewed file's rows, upserting by code, in one transaction together with
	 * their audit rows (action {@link AuditAction#IMPORT}, one batch id). Rows equal to
	 * the stored instructor are not written.
	 * @throws ImportRefusedException when the mode allows no import of this preview, or a
	 * row no longer passes its checks; nothing is stored then
	 */
	@Transactional
	@Override
	public ImportResult importRows(ImportPreview<InstructorDraft> preview, ImportMode mode, ImportProgress progress) {
		return this.transfers.importRows(preview, mode, progress,
				(row, batchId) -> this.service.upsert(row, batchId).outcome());
	}

	/**
	 * Writes the instructors the filter finds, among those the caller sees, page by page.
	 * @return how many were written
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@Override
	public int export(InstructorFilter filter, SheetFormat format, OutputStream out) throws IOException {
		return this.transfers.export(file().forExport(), format, out, "code",
				pageable -> this.service.slice(filter, pageable));
	}

	@Override
	public void template(OutputStream out) throws IOException {
		this.transfers.template(file().forExport(), out);
	}

	private InstructorFile file() {
		return new InstructorFile(this.messages, this.places.townNames());
	}

}

package cn.pinghu.socialwork.places;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.places.internal.CommunityRepository;
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
 * Communities in and out of files ({@link CommunityFile}): a checked preview of an
 * upload, its import as one transaction with one audit batch, the import template, and
 * the export of a filtered list. Rows are upserted by code through
 * {@link CommunityService#upsertCommunity}, so that an import keeps the rules of the
 * form; a coordinator imports rows of their towns only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.EDITORS)
public class CommunityTransferService implements MasterDataTransfers<CommunityFilter, CommunityDraft> {

	private final CommunityService places;

	private final CommunityRepository communities;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	private final Validator validator;

	private final TransferTemplate transfers;

	CommunityTransferService(CommunityService places, CommunityRepository communities, CurrentUser currentUser,
			MessageSource messages, Validator validator, TransferTemplate transfers) {
		this.places = places;
		this.communities = communities;
		this.currentUser = currentUser;
		this.messages = messages;
		this.validator = validator;
		this.transfers = transfers;
	}

	@Override
	public ImportPreview<CommunityDraft> preview(byte[] content, String fileName, @Nullable Charset charset,
			ImportProgress progress) {
		Map<String, Long> storedTowns = this.communities.findAllCodesAndTowns()
			.stream()
			.collect(Collectors.toMap(CommunityRepository.CodeAndTown::getCode,
					CommunityRepository.CodeAndTown::getTownId));
		return this.transfers.preview(file().forImport(this.validator, this.currentUser.writeScope(), storedTowns),
				content, fileName, charset, progress);
	}

	/**
	 * Stores a previewed file's rows, upserting by code, in one transaction together with
	 * their audit rows (action {@link AuditAction#IMPORT}, one batch id). Rows equal to
	 * the stored community are not written.
	 * @throws ImportRefusedException when the mode allows no import of this preview, or a
	 * row no longer passes the form's rules; nothing is stored then
	 */
	@Transactional
	@Override
	public ImportResult importRows(ImportPreview<CommunityDraft> preview, ImportMode mode, ImportProgress progress) {
		return this.transfers.importRows(preview, mode, progress, this.places::upsertCommunity);
	}

	/**
	 * Writes the communities the filter finds, in the caller's towns, page by page.
	 * @return how many were written
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@Override
	public int export(CommunityFilter filter, SheetFormat format, OutputStream out) throws IOException {
		return this.transfers.export(file().forExport(), format, out, "code",
				pageable -> this.places.communities(filter, pageable));
	}

	@Override
	public void template(OutputStream out) throws IOException {
		this.transfers.template(file().forExport(), out);
	}

	private CommunityFile file() {
		return new CommunityFile(this.messages, this.places.townNames());
	}

}

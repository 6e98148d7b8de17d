package cn.pinghu.socialwork.shared.transfer.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import cn.pinghu.socialwork.shared.transfer.TransferLimits;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import cn.pinghu.socialwork.shared.ui.BoundedUploadHandler;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload field of the import dialog: one .xlsx or .csv of at most
 * {@link TransferLimits#MAX_BYTES}, enforced by the browser and again here, where no more
 * than that is ever read into memory.
 */
final class ImportUploads {

	private ImportUploads() {
	}

	/**
	 * @param received gets the file's name and bytes, on the UI thread
	 * @param rejected gets why a file was refused, on the UI thread
	 */
	static Upload upload(BiConsumer<String, byte[]> received, Consumer<List<TransferMessage>> rejected) {
		UploadHandler handler = new BoundedUploadHandler(TransferLimits.MAX_BYTES, (event, bytes) -> {
			String name = event.getFileName();
			UI ui = event.getUI();
			if (bytes.length > TransferLimits.MAX_BYTES) {
				ui.access(() -> rejected.accept(List
					.of(TransferMessage.of("transfer.file.too-large", TransferLimits.MAX_BYTES / (1024 * 1024)))));
				return;
			}
			ui.access(() -> received.accept(name, bytes));
		});
		Upload upload = new Upload(handler);
		upload.setAcceptedFileTypes(".xlsx", ".csv",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(TransferLimits.MAX_BYTES);
		upload.setDropAllowed(true);
		upload.setI18n(i18n(upload));
		upload.addFileRejectedListener(event -> rejected.accept(List.of(TransferMessage
			.of("transfer.file.too-large-or-wrong-type", TransferLimits.MAX_BYTES / (1024 * 1024)))));
		upload.addAllFinishedListener(event -> upload.clearFileList());
		return upload;
	}

	private static UploadI18N i18n(Upload upload) {
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("transfer.upload.add")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("transfer.upload.drop")));
		i18n.setError(new UploadI18N.Error()
			.setFileIsTooBig(upload.getTranslation("transfer.file.too-large", TransferLimits.MAX_BYTES / (1024 * 1024)))
			.setIncorrectFileType(upload.getTranslation("transfer.file.unsupported"))
			.setTooManyFiles(upload.getTranslation("transfer.upload.one-file")));
		i18n.setUploading(new UploadI18N.Uploading()
			.setStatus(
					new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("transfer.upload.connecting"))
						.setProcessing(upload.getTranslation("transfer.upload.processing"))
						.setStalled(upload.getTranslation("transfer.upload.stalled"))
						.setHeld(upload.getTranslation("transfer.upload.held")))
			.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
				.setPrefix(upload.getTranslation("transfer.upload.remaining"))
				.setUnknown(upload.getTranslation("transfer.upload.remaining-unknown")))
			.setError(new UploadI18N.Uploading.Error()
				.setServerUnavailable(upload.getTranslation("transfer.import.failed"))
				.setUnexpectedServerError(upload.getTranslation("transfer.import.failed"))
				.setForbidden(upload.getTranslation("transfer.import.failed"))));
		i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
		return i18n;
	}

}

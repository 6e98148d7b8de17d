package cn.pinghu.socialwork.shared.transfer.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneId;

import cn.pinghu.socialwork.shared.transfer.MasterDataTransfers;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.TransferJobs;
import cn.pinghu.socialwork.shared.ui.MasterDataGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The import button and the export menu of a master-data list, put into the list's
 * toolbar in that order. The import dialog it opens offers the feature's template under
 * the list's name, and reloads the list once rows were stored; the export writes what the
 * list's filters find now.
 *
 * @param <F> the list's filter type
 * @param <B> the row type the feature's import builds
 */
public final class TransferToolbar<F, B> implements Serializable {

	private final MasterDataGrid<?, F> list;

	private final ImportSteps<B> steps;

	private final TemplateWriter template;

	private final String listTitle;

	private final String importTitle;

	private final TransferJobs jobs;

	private final Button importButton;

	private final ExportMenu<F> exportMenu;

	/**
	 * Adds the import button and the export menu to the list's toolbar.
	 * @param listTitle the list's name, such as "村社区": it names the exported files and
	 * the template
	 * @param importTitle the import dialog's header, such as "导入村社区"
	 */
	public TransferToolbar(MasterDataGrid<?, F> list, String listTitle, String importTitle,
			MasterDataTransfers<F, B> transfers, TransferJobs jobs, Clock clock, ZoneId zone) {
		this.list = list;
		this.steps = ImportSteps.of(transfers::preview, transfers::importRows);
		this.template = transfers::template;
		this.listTitle = listTitle;
		this.importTitle = importTitle;
		this.jobs = jobs;
		this.importButton = new Button(list.getTranslation("transfer.import"), VaadinIcon.UPLOAD.create(),
				click -> openImport());
		this.importButton.addClassName("import-button");
		list.addToToolbar(this.importButton);
		this.exportMenu = new ExportMenu<>(list, transfers::export, listTitle, clock, zone);
		list.addToToolbar(this.exportMenu);
	}

	public Button importButton() {
		return this.importButton;
	}

	public ExportMenu<F> exportMenu() {
		return this.exportMenu;
	}

	/** Opens the import dialog. */
	public ImportDialog<B> openImport() {
		ImportDialog<B> dialog = new ImportDialog<>(this.importTitle, this.steps, this.jobs,
				templateLink(this.list.getTranslation("transfer.template.file", this.listTitle), this.template),
				this.list::refresh);
		dialog.open();
		return dialog;
	}

	/**
	 * The link that downloads a feature's import template: an .xlsx with the header row.
	 * @param fileName the name the file is saved under
	 * @param template writes the template, such as the feature's transfer service does
	 */
	private static Anchor templateLink(String fileName, TemplateWriter template) {
		Anchor link = new Anchor((event) -> {
			event.setFileName(fileName);
			event.setContentType(SheetFormat.XLSX.contentType());
			try (OutputStream out = event.getOutputStream()) {
				template.write(out);
			}
		}, AttachmentType.DOWNLOAD, "");
		link.addClassName("import-template");
		return link;
	}

	/** Writes an import template, such as the feature's transfer service does. */
	@FunctionalInterface
	public interface TemplateWriter extends Serializable {

		void write(OutputStream out) throws IOException;

	}

}

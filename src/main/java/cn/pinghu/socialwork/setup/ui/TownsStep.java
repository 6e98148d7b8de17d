package cn.pinghu.socialwork.setup.ui;

import java.util.List;

import cn.pinghu.socialwork.places.TownImportResult;
import cn.pinghu.socialwork.places.TownSheetImport;
import cn.pinghu.socialwork.region.RegionPack;
import cn.pinghu.socialwork.setup.SetupProgress;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.SheetRejectedException;
import cn.pinghu.socialwork.shared.transfer.TransferLimits;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import cn.pinghu.socialwork.shared.ui.BoundedUploadHandler;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Step 3: the towns (镇街道), from a sheet (.csv or .xlsx: code, name, kind, division code)
 * or from a region pack's {@code towns.csv}. A town whose code is there already is
 * changed to the row; the rows refused are listed with their reasons.
 */
class TownsStep extends SetupStep {

	/** The most refused rows listed; the count says how many there were. */
	private static final int SHOWN_PROBLEMS = 20;

	final Paragraph count = new Paragraph();

	final HorizontalLayout packButtons = new HorizontalLayout();

	final Upload upload;

	final Paragraph result = new Paragraph();

	final UnorderedList problems = new UnorderedList();

	private final transient TownSheetImport townImport;

	private final SerializableRunnable onImported;

	TownsStep(TownSheetImport townImport, List<RegionPack> packs, SerializableRunnable onImported) {
		super("setup.towns.title", "setup.towns.intro");
		this.townImport = townImport;
		this.onImported = onImported;
		addPackButtons(this.packButtons, packs, RegionPack::towns, "setup.towns.from-pack", "setup-towns-pack-",
				towns -> importSheet(towns, "towns.csv"));
		this.upload = new Upload(new BoundedUploadHandler(TransferLimits.MAX_BYTES, (event, bytes) -> {
			String fileName = event.getFileName();
			event.getUI().access(() -> importSheet(bytes, fileName));
		}));
		this.upload.setAcceptedFileTypes(".csv", ".xlsx");
		this.upload.setMaxFiles(1);
		this.upload.setI18n(
				new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("setup.towns.upload")))
					.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("setup.towns.drop"))));
		this.upload.addAllFinishedListener(event -> this.upload.clearFileList());
		this.result.setVisible(false);
		add(this.count, this.packButtons, this.upload, this.result, this.problems);
	}

	@Override
	void show(SetupProgress progress) {
		this.count.setText((progress.towns() > 0) ? getTranslation("setup.towns.count", progress.towns())
				: getTranslation("setup.towns.none"));
	}

	/** Imports a sheet of towns and says what it did. */
	void importSheet(byte[] content, String fileName) {
		this.problems.removeAll();
		this.result.setVisible(true);
		try {
			TownImportResult done = this.townImport.importTowns(content, fileName, null);
			this.result.setText(getTranslation("setup.towns.imported", done.created(), done.updated(), done.unchanged(),
					done.problems().size()));
			done.problems().stream().limit(SHOWN_PROBLEMS).forEach(this::list);
			this.onImported.run();
		}
		catch (SheetRejectedException ex) {
			this.result.setText(ex.messages()
				.stream()
				.map(message -> getTranslation(message.key(), message.argumentArray()))
				.reduce((first, second) -> first + " " + second)
				.orElse(""));
		}
	}

	private void list(RowProblem problem) {
		TransferMessage message = problem.message();
		this.problems.add(new ListItem(getTranslation("setup.towns.problem", problem.row(),
				getTranslation(message.key(), message.argumentArray()))));
	}

}

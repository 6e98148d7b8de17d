package cn.pinghu.socialwork.shared.transfer.ui;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportRefusedException;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.SheetRejectedException;
import cn.pinghu.socialwork.shared.transfer.TextEncoding;
import cn.pinghu.socialwork.shared.transfer.TransferJobs;
import cn.pinghu.socialwork.shared.transfer.TransferLimits;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import of a master-data list: upload an .xlsx or .csv, see every bad row with its
 * row number, column and reason, choose all-or-nothing or only the valid rows, confirm,
 * and read what was stored (新增, 更新, 未变). Reading, checking and storing run on
 * {@link TransferJobs}; files of more than {@value TransferLimits#PROGRESS_ROWS} rows
 * show a progress bar.
 *
 * @param <B> the row type the feature's import builds
 */
public class ImportDialog<B> extends Dialog {

	private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

	/** The encodings a user may choose for a CSV file; "" detects it. */
	static final List<String> ENCODINGS = List.of("", StandardCharsets.UTF_8.name(), TextEncoding.GBK.name());

	final Upload upload;

	final Select<String> encoding = new Select<>();

	final Span error = new Span();

	/** Says that the file waits while another import runs on this node. */
	final Span waiting = new Span();

	final ImportProgressBar progress = new ImportProgressBar();

	final Span summary = new Span();

	final Grid<RowProblem> problems = new Grid<>(RowProblem.class, false);

	final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();

	final Button confirm = new Button();

	final Span result = new Span();

	private final ImportSteps<B> steps;

	private final TransferJobs jobs;

	private final SerializableRunnable imported;

	private byte @Nullable [] content;

	private @Nullable String fileName;

	private @Nullable ImportPreview<B> preview;

	/**
	 * @param title the dialog's header, such as "导入村社区"
	 * @param template the link that downloads the feature's template
	 * @param imported what to do after rows were stored, such as refreshing the list
	 */
	public ImportDialog(String title, ImportSteps<B> steps, TransferJobs jobs, Anchor template,
			SerializableRunnable imported) {
		this.steps = steps;
		this.jobs = jobs;
		this.imported = imported;
		setHeaderTitle(title);
		setWidth("min(56rem, 95vw)");
		addClassName("import-dialog");
		this.upload = ImportUploads.upload(this::received, this::showError);
		this.encoding.setLabel(getTranslation("transfer.import.encoding"));
		this.encoding.setItems(ENCODINGS);
		this.encoding
			.setItemLabelGenerator(name -> name.isEmpty() ? getTranslation("transfer.import.encoding.auto") : name);
		this.encoding.setValue("");
		this.encoding.addValueChangeListener(event -> rereadWithEncoding());
		template.setText(getTranslation("transfer.import.template"));
		this.error.addClassName("import-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
		this.waiting.addClassName("import-waiting");
		this.waiting.setText(getTranslation("transfer.import.waiting"));
		this.waiting.setVisible(false);
		this.problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.problems.addColumn(RowProblem::row)
			.setHeader(getTranslation("transfer.problem.row"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.problems.addColumn(RowProblem::column)
			.setHeader(getTranslation("transfer.problem.column"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.problems.addColumn(problem -> text(problem.message()))
			.setHeader(getTranslation("transfer.problem.reason"));
		this.problems.setHeight("16rem");
		this.problems.setVisible(false);
		this.mode.setItems(ImportMode.values());
		this.mode.setItemLabelGenerator(value -> getTranslation("transfer.import.mode." + value.name()));
		this.mode.setValue(ImportMode.ALL_OR_NOTHING);
		this.mode.addValueChangeListener(event -> enableConfirm());
		this.mode.setVisible(false);
		this.confirm.setText(getTranslation("transfer.import.confirm"));
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(click -> store());
		this.confirm.setEnabled(false);
		this.result.addClassName("import-result");
		this.summary.addClassName("import-summary");
		this.confirm.addClassName("import-confirm");
		HorizontalLayout options = new HorizontalLayout(this.encoding, template);
		options.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		VerticalLayout content = new VerticalLayout(new Span(getTranslation("transfer.import.hint")), options,
				this.upload, this.error, this.waiting, this.progress, this.summary, this.problems, this.mode,
				this.result);
		content.setPadding(false);
		add(content);
		getFooter().add(new Button(getTranslation("transfer.import.close"), click -> close()), this.confirm);
	}

	/** An upload arrived (on the UI thread). */
	private void received(String name, byte[] bytes) {
		this.content = bytes;
		this.fileName = name;
		check();
	}

	private void rereadWithEncoding() {
		if (this.content != null) {
			check();
		}
	}

	private void check() {
		byte[] bytes = this.content;
		String name = this.fileName;
		if (bytes == null || name == null) {
			return;
		}
		reset();
		Charset charset = this.encoding.getValue().isEmpty() ? null : Charset.forName(this.encoding.getValue());
		UI ui = UI.getCurrent();
		ImportProgress listener = this.progress.listener(ui);
		runJob(ui, () -> {
			ImportPreview<B> checked = this.steps.preview(bytes, name, charset, listener);
			ui.access(() -> showPreview(checked));
		});
	}

	private void showPreview(ImportPreview<B> checked) {
		this.preview = checked;
		this.progress.hide();
		this.summary
			.setText(getTranslation("transfer.import.summary", checked.total(), checked.valid().size(), checked.bad()));
		this.problems.setItems(checked.problems());
		this.problems.setVisible(!checked.problems().isEmpty());
		this.mode.setVisible(checked.bad() > 0);
		this.mode.setValue(ImportMode.ALL_OR_NOTHING);
		enableConfirm();
	}

	private void enableConfirm() {
		ImportPreview<B> checked = this.preview;
		boolean possible = checked != null && !checked.valid().isEmpty()
				&& (checked.bad() == 0 || this.mode.getValue() == ImportMode.VALID_ONLY);
		this.confirm.setEnabled(possible);
		if (checked != null && checked.bad() > 0 && this.mode.getValue() == ImportMode.ALL_OR_NOTHING) {
			this.error.setText(getTranslation("transfer.import.refused-bad-rows", checked.bad()));
		}
		else {
			this.error.setText("");
		}
	}

	private void store() {
		ImportPreview<B> checked = this.preview;
		if (checked == null) {
			return;
		}
		ImportMode chosen = this.mode.getValue();
		this.confirm.setEnabled(false);
		this.upload.setVisible(false);
		this.mode.setReadOnly(true);
		UI ui = UI.getCurrent();
		ImportProgress listener = this.progress.listener(ui);
		runJob(ui, () -> {
			ImportResult stored = this.steps.store(checked, chosen, listener);
			ui.access(() -> showResult(stored));
		});
	}

	private void showResult(ImportResult stored) {
		this.progress.hide();
		this.preview = null;
		this.content = null;
		this.result
			.setText(getTranslation("transfer.import.result", stored.created(), stored.updated(), stored.unchanged()));
		this.imported.run();
	}

	/**
	 * Runs a step off the UI thread and shows why it failed, if it does; while another
	 * import runs first, says that this one waits.
	 */
	private void runJob(UI ui, Runnable job) {
		try {
			boolean waits = this.jobs.run(() -> {
				ui.access(() -> this.waiting.setVisible(false));
				try {
					job.run();
				}
				catch (SheetRejectedException ex) {
					ui.access(() -> showError(ex.messages()));
				}
				catch (ImportRefusedException ex) {
					ui.access(() -> showError(List.of(ex.reason())));
				}
				catch (RuntimeException ex) {
					log.warn("Import failed", ex);
					ui.access(() -> showError(List.of(TransferMessage.of("transfer.import.failed"))));
				}
			});
			this.waiting.setVisible(waits);
		}
		catch (RuntimeException ex) {
			log.warn("Import not started", ex);
			showError(List.of(TransferMessage.of("transfer.import.busy", TransferLimits.MAX_WAITING_IMPORTS)));
		}
	}

	private void showError(List<TransferMessage> messages) {
		this.progress.hide();
		this.waiting.setVisible(false);
		this.mode.setReadOnly(false);
		this.upload.setVisible(true);
		enableConfirm();
		this.error.setText(String.join("\n", messages.stream().map(this::text).toList()));
	}

	private void reset() {
		this.preview = null;
		this.error.setText("");
		this.summary.setText("");
		this.result.setText("");
		this.problems.setItems(List.of());
		this.problems.setVisible(false);
		this.mode.setVisible(false);
		this.mode.setReadOnly(false);
		this.confirm.setEnabled(false);
	}

	private String text(TransferMessage message) {
		return getTranslation(message.key(), message.argumentArray());
	}

}

package cn.pinghu.socialwork.shared.transfer.ui;

import cn.pinghu.socialwork.shared.transfer.ImportPhase;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.TransferLimits;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The import dialog's progress: a line that says which step has reached which row, and a
 * bar, shown only for files over {@link TransferLimits#PROGRESS_ROWS} rows and hidden
 * until then.
 */
class ImportProgressBar extends Composite<VerticalLayout> {

	final ProgressBar bar = new ProgressBar();

	final Span text = new Span();

	ImportProgressBar() {
		this.bar.addClassName("import-progress");
		getContent().add(this.text, this.bar);
		getContent().setPadding(false);
		getContent().setSpacing(false);
		hide();
	}

	/**
	 * A listener that shows the progress from a worker thread, through {@code ui.access}.
	 */
	ImportProgress listener(UI ui) {
		return (phase, done, total) -> {
			if (total > TransferLimits.PROGRESS_ROWS) {
				ui.access(() -> show(phase, done, total));
			}
		};
	}

	private void show(ImportPhase phase, int done, int total) {
		setVisible(true);
		this.bar.setValue(Math.min(1.0, (double) done / total));
		this.text.setText(getTranslation("transfer.progress." + phase.name(), done, total));
	}

	void hide() {
		setVisible(false);
	}

}

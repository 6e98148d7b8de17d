package cn.pinghu.socialwork.shared.ui;

import cn.pinghu.socialwork.shared.data.StaleVersionException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * What a {@link SideForm} asks and answers about the open record: whether to archive it,
 * that somebody else saved it first (offering to reload it), and the restore of an
 * archived one.
 */
final class SideFormDialogs {

	private SideFormDialogs() {
	}

	static ConfirmDialog archiveQuestion(Component form, String title) {
		return Confirmation.dangerous("master-data-archive-confirm", form.getTranslation("masterdata.archive.header"),
				form.getTranslation("masterdata.archive.text", title), form.getTranslation("masterdata.archive"));
	}

	/**
	 * Opens the question; once confirmed, acts, and on a stale version runs the other.
	 */
	static void confirm(ConfirmDialog question, SerializableRunnable action, SerializableRunnable onConflict) {
		question.addConfirmListener(event -> {
			try {
				action.run();
			}
			catch (StaleVersionException ex) {
				onConflict.run();
			}
		});
		question.open();
	}

	/** Says that somebody else saved the record first and offers to reload it. */
	static void conflict(Component form, SerializableRunnable reload) {
		ConfirmDialog dialog = Confirmation.of("master-data-conflict",
				form.getTranslation("masterdata.conflict.header"), form.getTranslation("masterdata.conflict.text"),
				form.getTranslation("masterdata.conflict.reload"));
		dialog.addConfirmListener(event -> reload.run());
		dialog.open();
	}

	/**
	 * Puts the archived record back in use and shows it; when somebody else changed it
	 * first, says so and shows it as it is now.
	 */
	static <R> void restore(SideForm<R, ?> form, R current, SerializableFunction<R, R> restore,
			SerializableFunction<R, String> notice) {
		try {
			R restored = restore.apply(current);
			Notices.success(notice.apply(restored));
			form.changed();
			form.edit(restored);
		}
		catch (StaleVersionException ex) {
			Notices.error(form.getTranslation("masterdata.conflict.text"));
			form.reload();
		}
	}

}

package cn.pinghu.socialwork.elections.ui;

import cn.pinghu.socialwork.elections.CommunityElectionSummary;
import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import cn.pinghu.socialwork.elections.ElectionRejectedException;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.Reopening;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * An administrator takes an election back to an earlier stage, with a reason, after a
 * confirmation that says what is cleared. Esc closes the dialog.
 */
class ReopenDialog extends Dialog {

	private final transient ElectionStages elections;

	private final CommunityElectionSummary election;

	private final SerializableRunnable onReopened;

	final ComboBox<ElectionStage> stage = new ComboBox<>();

	final TextArea reason = new TextArea();

	final Span error = new Span();

	final Button reopen = new Button();

	ReopenDialog(ElectionStages elections, CommunityElectionSummary election, SerializableRunnable onReopened) {
		this.elections = elections;
		this.election = election;
		this.onReopened = onReopened;
		addClassName("election-reopen");
		setHeaderTitle(getTranslation("elections.reopen"));
		this.stage.setLabel(getTranslation("elections.reopen.stage"));
		this.stage.setItems(ElectionStages.reopenTargets(election.stage()));
		this.stage.setItemLabelGenerator(value -> getTranslation("elections.stage." + value.name()));
		this.reason.setLabel(getTranslation("elections.reopen.reason"));
		this.reason.setMaxLength(200);
		this.reason.setWidthFull();
		this.error.getStyle().set("color", "var(--lumo-error-text-color)");
		VerticalLayout content = new VerticalLayout(this.stage, this.reason, this.error);
		content.setPadding(false);
		add(content);
		this.reopen.setText(getTranslation("elections.reopen.confirm"));
		this.reopen.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		this.reopen.addClickListener(click -> confirm());
		Button cancel = new Button(getTranslation("elections.form.cancel"), click -> close());
		getFooter().add(cancel, this.reopen);
	}

	private void confirm() {
		ElectionStage target = this.stage.getValue();
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.addClassName("election-reopen-confirm");
		dialog.setHeader(getTranslation("elections.reopen.confirm.header"));
		dialog.setText(getTranslation("elections.reopen.confirm.text", this.election.communityName(),
				(target != null) ? getTranslation("elections.stage." + target.name()) : ""));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("elections.form.cancel"));
		dialog.setConfirmText(getTranslation("elections.reopen.confirm"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(event -> reopen(target));
		dialog.open();
	}

	private void reopen(@Nullable ElectionStage target) {
		this.stage.setInvalid(false);
		this.reason.setInvalid(false);
		this.error.setText("");
		try {
			CommunityElectionSummary reopened = this.elections
				.reopen(new Reopening(this.election.id(), this.election.version(), target, this.reason.getValue()));
			Notification
				.show(getTranslation("elections.reopen.done", reopened.communityName(),
						getTranslation("elections.stage." + reopened.stage().name())), 4000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			close();
			this.onReopened.run();
		}
		catch (ElectionRejectedException ex) {
			for (Rejection rejection : ex.rejections()) {
				String message = getTranslation(rejection.messageKey(), rejection.argumentArray());
				if ("stage".equals(rejection.field())) {
					this.stage.setErrorMessage(message);
					this.stage.setInvalid(true);
				}
				else if ("reason".equals(rejection.field())) {
					this.reason.setErrorMessage(message);
					this.reason.setInvalid(true);
				}
				else {
					this.error.setText(message);
				}
			}
		}
		catch (StaleVersionException ex) {
			Notification.show(getTranslation("elections.form.conflict"), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
			close();
			this.onReopened.run();
		}
	}

}

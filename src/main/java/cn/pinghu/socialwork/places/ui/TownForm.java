package cn.pinghu.socialwork.places.ui;

import java.time.ZoneId;
import java.util.List;

import cn.pinghu.socialwork.places.TownDetails;
import cn.pinghu.socialwork.places.TownDraft;
import cn.pinghu.socialwork.places.TownInUseException;
import cn.pinghu.socialwork.places.TownKind;
import cn.pinghu.socialwork.places.TownService;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.ui.SideForm;
import cn.pinghu.socialwork.shared.ui.TranslatingBinder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * Creates and edits one town, and deletes one that nothing names, after a confirmation;
 * its history in a second tab. Read-only for everybody but administrators.
 */
class TownForm extends SideForm<TownDraft> {

	private final transient TownService towns;

	private final boolean editable;

	private final SerializableRunnable onChanged;

	private final TownHistory history;

	final TextField code = new TextField();

	final TextField name = new TextField();

	final ComboBox<TownKind> kind = new ComboBox<>();

	final IntegerField sortOrder = new IntegerField();

	final Button delete = new Button();

	private @Nullable TownDetails town;

	TownForm(TownService towns, boolean editable, ZoneId zone, SerializableRunnable onChanged) {
		super(TownDraft.class);
		this.towns = towns;
		this.editable = editable;
		this.onChanged = onChanged;
		this.history = new TownHistory(zone);
		this.code.setLabel(getTranslation("towns.column.code"));
		this.name.setLabel(getTranslation("towns.column.name"));
		this.kind.setLabel(getTranslation("towns.column.kind"));
		this.kind.setItems(TownKind.values());
		this.kind.setItemLabelGenerator(value -> getTranslation("town.kind." + value.name()));
		this.sortOrder.setLabel(getTranslation("towns.column.order"));
		this.delete.setText(getTranslation("towns.delete"));
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.delete.addClassName("town-delete");
		this.delete.addClickListener(click -> confirmDelete());
		fields().add(this.code, this.name, this.kind, this.sortOrder, this.delete);
		TranslatingBinder<TownDraft> binder = binder();
		binder.forField(this.code).bind("code");
		binder.forField(this.name).bind("name");
		binder.forField(this.kind).bind("kind");
		binder.forField(this.sortOrder).bind("sortOrder");
		binder.setReadOnly(!editable);
		saveButton().setVisible(editable);
		addTab(getTranslation("masterdata.tab.history"), this.history);
		setOnReload(this::reload);
	}

	void create() {
		this.town = null;
		edit(getTranslation("towns.form.new"), new TownDraft(), false);
		this.delete.setVisible(false);
		this.history.show(List.of());
		setVisible(true);
	}

	void edit(TownDetails details) {
		this.town = details;
		edit(getTranslation("towns.form.edit", details.name()), TownDraft.of(details), false);
		this.delete.setVisible(this.editable);
		this.history.show(this.towns.townHistory(details.id()));
		setVisible(true);
	}

	@Override
	protected void store(TownDraft draft) {
		TownDetails current = this.town;
		TownDetails saved = (current == null) ? this.towns.createTown(draft)
				: this.towns.updateTown(current.id(), draft);
		Notification.show(getTranslation("towns.saved", saved.name()), 3000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		this.onChanged.run();
		setVisible(false);
	}

	private void confirmDelete() {
		TownDetails current = this.town;
		if (current == null) {
			return;
		}
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.addClassName("town-delete-confirm");
		dialog.setHeader(getTranslation("towns.delete.header"));
		dialog.setText(getTranslation("towns.delete.text", current.name()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("masterdata.cancel"));
		dialog.setConfirmText(getTranslation("towns.delete"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(event -> {
			try {
				this.towns.deleteTown(current.id(), current.version());
			}
			catch (TownInUseException ex) {
				Notification
					.show(getTranslation(ex.messageKey(), current.name()), 5000, Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
				return;
			}
			catch (StaleVersionException ex) {
				reload();
				return;
			}
			this.onChanged.run();
			setVisible(false);
		});
		dialog.open();
	}

	private void reload() {
		TownDetails current = this.town;
		if (current != null) {
			edit(this.towns.town(current.id()));
			this.onChanged.run();
		}
	}

}

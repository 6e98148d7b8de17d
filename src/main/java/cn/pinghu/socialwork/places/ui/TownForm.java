package cn.pinghu.socialwork.places.ui;

import java.time.ZoneId;
import java.util.List;

import cn.pinghu.socialwork.places.TownDetails;
import cn.pinghu.socialwork.places.TownDraft;
import cn.pinghu.socialwork.places.TownInUseException;
import cn.pinghu.socialwork.places.TownKind;
import cn.pinghu.socialwork.places.TownService;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.Notices;
import cn.pinghu.socialwork.shared.ui.SideForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Creates and edits one town, and deletes one that nothing names, after a confirmation;
 * its history in a second tab. Read-only for everybody but administrators.
 */
class TownForm extends SideForm<TownDetails, TownDraft> {

	private final transient TownService towns;

	private final boolean editable;

	private final TownHistory history;

	final TextField code = new TextField();

	final TextField name = new TextField();

	final ComboBox<TownKind> kind = new ComboBox<>();

	final IntegerField sortOrder = new IntegerField();

	final TextField divisionCode = new TextField();

	final Button delete = new Button();

	TownForm(TownService towns, boolean editable, ZoneId zone, SerializableRunnable onChanged) {
		super(TownDraft.class, onChanged);
		this.towns = towns;
		this.editable = editable;
		this.history = new TownHistory(zone);
		field(this.code, "towns.column.code", "code");
		field(this.name, "towns.column.name", "name");
		field(this.kind, "towns.column.kind", "kind");
		this.kind.setItems(TownKind.values());
		this.kind.setItemLabelGenerator(value -> getTranslation("town.kind." + value.name()));
		field(this.sortOrder, "towns.column.order", "sortOrder");
		optionalText(this.divisionCode, "towns.column.division-code", "divisionCode");
		this.divisionCode.setMaxLength(9);
		this.divisionCode.setAllowedCharPattern("[0-9]");
		this.divisionCode.setHelperText(getTranslation("towns.division-code.help"));
		this.delete.setText(getTranslation("towns.delete"));
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.delete.addClassName("town-delete");
		this.delete.addClickListener(click -> confirmDelete());
		fields().add(this.delete);
		setEditable(editable);
		addTab(getTranslation("masterdata.tab.history"), this.history);
	}

	void create() {
		open(getTranslation("towns.form.new"), null, new TownDraft(), false);
		this.delete.setVisible(false);
		this.history.show(List.of());
	}

	@Override
	public void edit(TownDetails details) {
		open(getTranslation("towns.form.edit", details.name()), details, TownDraft.of(details), false);
		this.delete.setVisible(this.editable);
		this.history.show(this.towns.townHistory(details.id()));
	}

	@Override
	protected TownDetails reread(TownDetails details) {
		return this.towns.town(details.id());
	}

	@Override
	protected void store(TownDraft draft) {
		createOrUpdate(draft, this.towns::createTown,
				(current, changed) -> this.towns.updateTown(current.id(), changed),
				saved -> getTranslation("towns.saved", saved.name()));
	}

	private void confirmDelete() {
		confirmThen(
				current -> Confirmation.dangerous("town-delete-confirm", getTranslation("towns.delete.header"),
						getTranslation("towns.delete.text", current.name()), getTranslation("towns.delete")),
				this::delete);
	}

	private void delete(TownDetails current) {
		try {
			this.towns.deleteTown(current.id(), current.version());
		}
		catch (TownInUseException ex) {
			Notices.error(getTranslation(ex.messageKey(), current.name()));
			return;
		}
		changed();
		setVisible(false);
	}

}

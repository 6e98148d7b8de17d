package cn.pinghu.socialwork.shared.ui;

import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * The side form of a master-data list: fields on a Bean Validation binder with inline,
 * translated errors; Save (Enter), Cancel (Esc) and Archive (after a confirmation); and,
 * when somebody else saved the record first, a dialog that offers to reload it instead of
 * overwriting anything. Features add their fields with {@link #field}, or to
 * {@link #fields()} and bind them on {@link #binder()}; extra tabs (such as the history)
 * go through {@link #addTab}. Further actions on the open record ask first through
 * {@link #confirmThen}; a list that restores archived records adds
 * {@link #addRestoreButton}.
 *
 * @param <R> the stored record the form opens, as the feature's service returns it
 * @param <B> the bean the form edits
 */
public abstract class SideForm<R, B> extends Composite<VerticalLayout> {

	private final TranslatingBinder<B> binder;

	private final FormLayout fields = new FormLayout();

	private final TabSheet tabs = new TabSheet();

	private final H3 title = new H3();

	private final Button save;

	private final Button cancel;

	private final Button archive;

	private final SerializableRunnable onChanged;

	private SerializableRunnable onCancel;

	private @Nullable SerializableConsumer<R> onArchive;

	private @Nullable B bean;

	/** The record being edited; {@code null} while a new one is drafted. */
	private @Nullable R record;

	/**
	 * @param onChanged what happens after the record changed: the list reloads
	 */
	protected SideForm(Class<B> beanType, SerializableRunnable onChanged) {
		this.binder = new TranslatingBinder<>(beanType, this);
		this.onChanged = onChanged;
		this.onCancel = () -> setVisible(false);
		this.save = SideFormButtons.save(getContent(), click -> save());
		this.cancel = SideFormButtons.cancel(getContent(), click -> this.onCancel.run());
		this.archive = SideFormButtons.archive(click -> confirmArchive());
		this.fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		this.tabs.add(getTranslation("masterdata.tab.details"), this.fields);
		this.tabs.setWidthFull();
		HorizontalLayout buttons = new HorizontalLayout(this.save, this.cancel, this.archive);
		VerticalLayout content = getContent();
		content.addClassName("master-data-form");
		content.setWidth("24rem");
		content.setHeightFull();
		content.add(this.title, this.tabs, buttons);
		content.setFlexGrow(1, this.tabs);
	}

	/** Opens the form on a record as it is stored now. */
	public abstract void edit(R record);

	/** The record as it is stored now, after somebody else changed it. */
	protected abstract R reread(R record);

	/**
	 * Stores the bean the binder wrote; may throw {@link StaleVersionException} or
	 * {@link FieldRejectedException}, which the form shows.
	 */
	protected abstract void store(B bean);

	/**
	 * Puts the form, closed, to the right of a list in its view, the list taking the room
	 * left; a click on a row opens that row in the form.
	 */
	public void placeBeside(MasterDataGrid<R, ?> list, HorizontalLayout view) {
		setVisible(false);
		list.grid().addItemClickListener(event -> edit(event.getItem()));
		view.add(list, this);
		view.setFlexGrow(1, list);
	}

	/**
	 * Labels a field, puts it after the others and binds it to the bean's property.
	 * @return the field
	 */
	protected <V, F extends Component & HasLabel & HasValue<?, V>> F field(F field, String labelKey, String property) {
		field.setLabel(getTranslation(labelKey));
		this.fields.add(field);
		this.binder.forField(field).bind(property);
		return field;
	}

	/** The same for a text the bean may leave {@code null}: the field shows it empty. */
	protected TextField optionalText(TextField field, String labelKey, String property) {
		field.setLabel(getTranslation(labelKey));
		this.fields.add(field);
		this.binder.forField(field).withNullRepresentation("").bind(property);
		return field;
	}

	/** Whether the fields may be changed and saved, or only read. */
	protected void setEditable(boolean editable) {
		this.binder.setReadOnly(!editable);
		this.save.setVisible(editable);
		this.save.setEnabled(editable);
	}

	/** After a save or an archive: says so, reloads the list and closes the form. */
	protected void done(String message) {
		Notices.success(message);
		this.onChanged.run();
		setVisible(false);
	}

	/**
	 * Stores the bean as a new record, or as a change of the open one, then says so with
	 * the notice of the record saved, reloads the list and closes the form.
	 */
	protected void createOrUpdate(B bean, SerializableFunction<B, R> create, SerializableBiFunction<R, B, R> update,
			SerializableFunction<R, String> notice) {
		R current = this.record;
		R saved = (current == null) ? create.apply(bean) : update.apply(current, bean);
		done(notice.apply(saved));
	}

	/** After a change that keeps the form open, such as a restore: reloads the list. */
	protected void changed() {
		this.onChanged.run();
	}

	/**
	 * What Cancel does besides closing the form, such as clearing the list's selection.
	 */
	public void setOnCancel(SerializableRunnable onCancel) {
		this.onCancel = () -> {
			setVisible(false);
			onCancel.run();
		};
	}

	public TranslatingBinder<B> binder() {
		return this.binder;
	}

	/** The layout the feature adds its fields to. */
	public FormLayout fields() {
		return this.fields;
	}

	public void addTab(String label, Component content) {
		this.tabs.add(label, content);
	}

	/** How the record is archived; without it the form offers no archive button. */
	public void setOnArchive(SerializableConsumer<R> onArchive) {
		this.onArchive = onArchive;
	}

	/**
	 * Shows the form with a bean for editing.
	 * @param record the record the bean was drafted from; {@code null} for a new one
	 * @param archivable whether the archive button is offered (not for new or archived
	 * records)
	 */
	protected void open(String heading, @Nullable R record, B bean, boolean archivable) {
		this.record = record;
		this.bean = bean;
		this.title.setText(heading);
		this.binder.readBean(bean);
		this.archive.setVisible(archivable && this.onArchive != null);
		this.tabs.setSelectedIndex(0);
		setVisible(true);
	}

	/** The record being edited; {@code null} while a new one is drafted. */
	protected @Nullable R record() {
		return this.record;
	}

	/**
	 * Adds, under the heading, a button that puts the archived record back in use and
	 * shows it; when somebody else changed the record first, it says so and shows it as
	 * it is now. The button is hidden until the feature shows it for an archived record.
	 * @param restore puts the record back in use and returns it as it is then
	 * @param notice what the user reads afterwards, for the restored record
	 */
	protected Button addRestoreButton(String text, String className, SerializableFunction<R, R> restore,
			SerializableFunction<R, String> notice) {
		Button button = SideFormButtons.restore(text, className, click -> {
			R current = this.record;
			if (current != null) {
				SideFormDialogs.restore(this, current, restore, notice);
			}
		});
		getContent().addComponentAtIndex(1, button);
		return button;
	}

	/**
	 * Asks about the open record and, once the user confirms, acts on it; when somebody
	 * else changed the record first, shows it as it is now.
	 * @param question the dialog for the record, as {@link Confirmation} makes it
	 */
	protected void confirmThen(SerializableFunction<R, ConfirmDialog> question, SerializableConsumer<R> action) {
		confirm(question, action, this::reload);
	}

	/** Shows the record as it is stored now and reloads the list. */
	protected void reload() {
		R current = this.record;
		if (current != null) {
			edit(reread(current));
			changed();
		}
	}

	public Button saveButton() {
		return this.save;
	}

	public Button cancelButton() {
		return this.cancel;
	}

	public Button archiveButton() {
		return this.archive;
	}

	private void save() {
		B target = this.bean;
		if (target == null) {
			return;
		}
		try {
			this.binder.writeBean(target);
		}
		catch (ValidationException ex) {
			// the binder shows each error at its field
			return;
		}
		try {
			store(target);
		}
		catch (StaleVersionException ex) {
			SideFormDialogs.conflict(this, this::reload);
		}
		catch (FieldRejectedException ex) {
			if (!this.binder.showError(ex.field(), ex.messageKey(), ex.arguments())) {
				Notices.error(getTranslation(ex.messageKey(), ex.arguments()));
			}
		}
	}

	private void confirmArchive() {
		SerializableConsumer<R> action = this.onArchive;
		if (action == null) {
			return;
		}
		confirm(current -> SideFormDialogs.archiveQuestion(this, this.title.getText()), action,
				() -> SideFormDialogs.conflict(this, this::reload));
	}

	private void confirm(SerializableFunction<R, ConfirmDialog> question, SerializableConsumer<R> action,
			SerializableRunnable onConflict) {
		R current = this.record;
		if (current != null) {
			SideFormDialogs.confirm(question.apply(current), () -> action.accept(current), onConflict);
		}
	}

}

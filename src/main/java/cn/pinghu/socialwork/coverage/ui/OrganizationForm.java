package cn.pinghu.socialwork.coverage.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import cn.pinghu.socialwork.coverage.BranchForm;
import cn.pinghu.socialwork.coverage.InstructorDetails;
import cn.pinghu.socialwork.coverage.InstructorService;
import cn.pinghu.socialwork.coverage.OrgKind;
import cn.pinghu.socialwork.coverage.OrgStatus;
import cn.pinghu.socialwork.coverage.OrganizationDetails;
import cn.pinghu.socialwork.coverage.OrganizationDraft;
import cn.pinghu.socialwork.coverage.OrganizationService;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.ui.SideForm;
import cn.pinghu.socialwork.shared.ui.TranslatingBinder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * Creates, edits, archives and restores one organisation, with its history in a second
 * tab; read-only for those who may not edit. The instructor is assigned here.
 */
class OrganizationForm extends SideForm<OrganizationDraft> {

	private final transient OrganizationService organizations;

	private final transient InstructorService instructors;

	private final OrganizationLabels labels;

	private final boolean editable;

	private final SerializableRunnable onChanged;

	private final RecordHistory history;

	final TextField name = new TextField();

	final TextField creditCode = new TextField();

	final ComboBox<OrgKind> kind = new ComboBox<>();

	final TextField industry = new TextField();

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<Long> community = new ComboBox<>();

	final TextField address = new TextField();

	final IntegerField employees = new IntegerField();

	final IntegerField fullMembers = new IntegerField();

	final ComboBox<BranchForm> branchForm = new ComboBox<>();

	final TextField branchName = new TextField();

	final ComboBox<Long> instructor = new ComboBox<>();

	final TextField contactName = new TextField();

	final TextField contactPhone = new TextField();

	final TextArea uncoveredReason = new TextArea();

	final ComboBox<OrgStatus> status = new ComboBox<>();

	final Button restore = new Button();

	/** The organisation being edited; {@code null} while a new one is drafted. */
	private @Nullable OrganizationDetails organization;

	/**
	 * @param editable whether the user may change organisations; if not, the form only
	 * shows them
	 * @param onChanged what happens after a save, archive or restore: the list reloads
	 * @param onClose closes the form
	 */
	OrganizationForm(OrganizationService organizations, InstructorService instructors, OrganizationLabels labels,
			List<Long> townIds, ZoneId zone, boolean editable, SerializableRunnable onChanged,
			SerializableRunnable onClose) {
		super(OrganizationDraft.class, onClose);
		this.organizations = organizations;
		this.instructors = instructors;
		this.labels = labels;
		this.editable = editable;
		this.onChanged = onChanged;
		this.history = new RecordHistory(zone, OrganizationLabels.FIELD_LABELS, labels::value);
		label();
		this.kind.setItems(OrgKind.values());
		this.kind.setItemLabelGenerator(labels::kind);
		this.town.setItems(townIds);
		this.town.setItemLabelGenerator(labels::town);
		this.community.setItemLabelGenerator(labels::community);
		this.community.setClearButtonVisible(true);
		this.branchForm.setItems(BranchForm.values());
		this.branchForm.setItemLabelGenerator(labels::branchForm);
		this.instructor.setItemLabelGenerator(labels::instructor);
		this.instructor.setClearButtonVisible(true);
		this.status.setItems(OrgStatus.values());
		this.status.setItemLabelGenerator(labels::status);
		this.creditCode.addValueChangeListener(event -> {
			String upper = event.getValue().toUpperCase(Locale.ROOT);
			if (!upper.equals(event.getValue())) {
				this.creditCode.setValue(upper);
			}
		});
		this.town.addValueChangeListener(event -> townChanged(event.getValue(), event.isFromClient()));
		this.branchForm.addValueChangeListener(event -> branchFormChanged(event.getValue()));
		fields().add(this.name, this.creditCode, this.kind, this.industry, this.town, this.community, this.address,
				this.employees, this.fullMembers, this.branchForm, this.branchName, this.instructor, this.contactName,
				this.contactPhone, this.uncoveredReason, this.status);
		bind(binder());
		binder().setReadOnly(!editable);
		saveButton().setVisible(editable);
		saveButton().setEnabled(editable);
		this.restore.setText(getTranslation("organizations.form.restore"));
		this.restore.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
		this.restore.addClassName("organization-restore");
		this.restore.addClickListener(click -> restore());
		this.restore.setVisible(false);
		getContent().addComponentAtIndex(1, this.restore);
		addTab(getTranslation("masterdata.tab.history"), this.history);
		if (editable) {
			setOnArchive(this::archive);
		}
		setOnReload(this::reload);
	}

	private void label() {
		this.name.setLabel(getTranslation("organizations.column.name"));
		this.creditCode.setLabel(getTranslation("organizations.column.credit-code"));
		this.kind.setLabel(getTranslation("organizations.column.kind"));
		this.industry.setLabel(getTranslation("organizations.column.industry"));
		this.town.setLabel(getTranslation("organizations.column.town"));
		this.community.setLabel(getTranslation("organizations.column.community"));
		this.address.setLabel(getTranslation("organizations.column.address"));
		this.employees.setLabel(getTranslation("organizations.column.employees"));
		this.fullMembers.setLabel(getTranslation("organizations.column.full-members"));
		this.branchForm.setLabel(getTranslation("organizations.column.branch-form"));
		this.branchName.setLabel(getTranslation("organizations.column.branch-name"));
		this.instructor.setLabel(getTranslation("organizations.column.instructor"));
		this.contactName.setLabel(getTranslation("organizations.column.contact-name"));
		this.contactPhone.setLabel(getTranslation("organizations.column.contact-phone"));
		this.uncoveredReason.setLabel(getTranslation("organizations.column.uncovered-reason"));
		this.status.setLabel(getTranslation("organizations.column.status"));
	}

	private void bind(TranslatingBinder<OrganizationDraft> binder) {
		binder.forField(this.name).bind("name");
		binder.forField(this.creditCode).bind("creditCode");
		binder.forField(this.kind).bind("kind");
		binder.forField(this.industry).bind("industry");
		binder.forField(this.town).bind("townId");
		binder.forField(this.community).bind("communityId");
		binder.forField(this.address).bind("address");
		binder.forField(this.employees).bind("employees");
		binder.forField(this.fullMembers).bind("fullMembers");
		binder.forField(this.branchForm).bind("branchForm");
		binder.forField(this.branchName).bind("branchName");
		binder.forField(this.instructor).bind("instructorId");
		binder.forField(this.contactName).bind("contactName");
		binder.forField(this.contactPhone).bind("contactPhone");
		binder.forField(this.uncoveredReason).bind("uncoveredReason");
		binder.forField(this.status).bind("status");
	}

	/** Opens an empty form for a new organisation in the given town. */
	void create(@Nullable Long townId) {
		this.organization = null;
		OrganizationDraft draft = new OrganizationDraft();
		draft.setTownId(townId);
		this.restore.setVisible(false);
		edit(getTranslation("organizations.form.new"), draft, false);
		this.history.show(List.of());
		setVisible(true);
	}

	/** Opens the form on an organisation as it is stored now. */
	void edit(OrganizationDetails details) {
		this.organization = details;
		String heading = getTranslation(this.editable ? "organizations.form.edit" : "organizations.form.view",
				details.name());
		edit(heading, OrganizationDraft.of(details), this.editable && !details.archived());
		this.restore.setVisible(this.editable && details.archived());
		this.history.show(this.organizations.history(details.id()));
		setVisible(true);
	}

	@Override
	protected void store(OrganizationDraft draft) {
		List<OrganizationDraft.Problem> problems = draft.problems();
		if (!problems.isEmpty()) {
			problems.forEach(problem -> binder().showError(problem.field(), problem.messageKey()));
			return;
		}
		OrganizationDetails current = this.organization;
		OrganizationDetails saved = (current == null) ? this.organizations.create(draft)
				: this.organizations.update(current.id(), draft);
		notify(getTranslation("organizations.saved", saved.name()));
		this.onChanged.run();
		setVisible(false);
	}

	/**
	 * A new town offers its communities and instructors; what the user chose for the old
	 * town is cleared when it does not belong to the new one.
	 */
	private void townChanged(@Nullable Long townId, boolean byUser) {
		this.community.setItems((townId == null) ? List.of() : this.labels.communitiesOf(townId));
		List<Long> serving = new ArrayList<>();
		if (townId != null) {
			for (InstructorDetails details : this.instructors.serving(townId)) {
				this.labels.addInstructor(details.id(), details.name());
				serving.add(details.id());
			}
			OrganizationDetails current = this.organization;
			Long assigned = (current != null) ? current.instructorId() : null;
			if (assigned != null && current.townId() == townId && !serving.contains(assigned)) {
				serving.add(assigned);
			}
		}
		this.instructor.setItems(serving);
		if (byUser) {
			if (this.community.getValue() != null
					&& !this.labels.communitiesOf(Objects.requireNonNull(townId)).contains(this.community.getValue())) {
				this.community.clear();
			}
			if (this.instructor.getValue() != null && !serving.contains(this.instructor.getValue())) {
				this.instructor.clear();
			}
		}
	}

	private void branchFormChanged(@Nullable BranchForm form) {
		boolean covered = form != null && form.covers();
		this.branchName.setEnabled(covered);
		this.uncoveredReason.setEnabled(!covered);
	}

	private void archive() {
		OrganizationDetails current = this.organization;
		if (current == null) {
			return;
		}
		OrganizationDetails archived = this.organizations.archive(current.id(), current.version());
		notify(getTranslation("organizations.archived-notice", archived.name()));
		this.onChanged.run();
		setVisible(false);
	}

	private void restore() {
		OrganizationDetails current = this.organization;
		if (current == null) {
			return;
		}
		try {
			OrganizationDetails restored = this.organizations.restore(current.id(), current.version());
			notify(getTranslation("organizations.restored", restored.name()));
			this.onChanged.run();
			edit(restored);
		}
		catch (StaleVersionException ex) {
			Notification.show(getTranslation("masterdata.conflict.text"), 5000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
			reload();
		}
	}

	private void reload() {
		OrganizationDetails current = this.organization;
		if (current != null) {
			edit(this.organizations.organization(current.id()));
			this.onChanged.run();
		}
	}

	private static void notify(String message) {
		Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

}

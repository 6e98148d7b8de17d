package cn.pinghu.socialwork.organizations.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.InstructorDetails;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.organizations.OrganizationDraft;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.shared.ui.SideForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * Creates, edits, archives and restores one organisation, with its history in a second
 * tab; read-only for those who may not edit. The instructor is assigned here.
 */
class OrganizationForm extends SideForm<OrganizationDetails, OrganizationDraft> {

	private final transient OrganizationService organizations;

	private final transient InstructorService instructors;

	private final OrganizationLabels labels;

	private final boolean editable;

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

	final DatePicker branchFormedOn = new DatePicker();

	final ComboBox<Long> instructor = new ComboBox<>();

	final TextField contactName = new TextField();

	final TextField contactPhone = new TextField();

	final TextArea uncoveredReason = new TextArea();

	final ComboBox<OrgStatus> status = new ComboBox<>();

	final Button restore;

	/**
	 * @param editable whether the user may change organisations; if not, the form only
	 * shows them
	 * @param onChanged what happens after a save, archive or restore: the list reloads
	 */
	OrganizationForm(OrganizationService organizations, InstructorService instructors, OrganizationLabels labels,
			List<Long> townIds, ZoneId zone, boolean editable, SerializableRunnable onChanged) {
		super(OrganizationDraft.class, onChanged);
		this.organizations = organizations;
		this.instructors = instructors;
		this.labels = labels;
		this.editable = editable;
		this.history = new RecordHistory(zone, OrganizationLabels.FIELD_LABELS, labels::value);
		addFields();
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
		setEditable(editable);
		this.restore = addRestoreButton(getTranslation("organizations.form.restore"), "organization-restore",
				current -> this.organizations.restore(current.id(), current.version()),
				restored -> getTranslation("organizations.restored", restored.name()));
		addTab(getTranslation("masterdata.tab.history"), this.history);
		if (editable) {
			setOnArchive(this::archive);
		}
	}

	private void addFields() {
		field(this.name, "organizations.column.name", "name");
		field(this.creditCode, "organizations.column.credit-code", "creditCode");
		field(this.kind, "organizations.column.kind", "kind");
		field(this.industry, "organizations.column.industry", "industry");
		field(this.town, "organizations.column.town", "townId");
		field(this.community, "organizations.column.community", "communityId");
		field(this.address, "organizations.column.address", "address");
		field(this.employees, "organizations.column.employees", "employees");
		field(this.fullMembers, "organizations.column.full-members", "fullMembers");
		field(this.branchForm, "organizations.column.branch-form", "branchForm");
		field(this.branchName, "organizations.column.branch-name", "branchName");
		field(this.branchFormedOn, "organizations.column.branch-formed-on", "branchFormedOn");
		field(this.instructor, "organizations.column.instructor", "instructorId");
		field(this.contactName, "organizations.column.contact-name", "contactName");
		field(this.contactPhone, "organizations.column.contact-phone", "contactPhone");
		field(this.uncoveredReason, "organizations.column.uncovered-reason", "uncoveredReason");
		field(this.status, "organizations.column.status", "status");
	}

	/** Opens an empty form for a new organisation in the given town. */
	void create(@Nullable Long townId) {
		OrganizationDraft draft = new OrganizationDraft();
		draft.setTownId(townId);
		setEditable(this.editable);
		this.restore.setVisible(false);
		open(getTranslation("organizations.form.new"), null, draft, false);
		this.history.show(List.of());
	}

	@Override
	public void edit(OrganizationDetails details) {
		// the towns the user changes decide, as the service checks them
		boolean mine = this.editable && this.organizations.mayEdit(details.townId());
		String heading = getTranslation(mine ? "organizations.form.edit" : "organizations.form.view", details.name());
		open(heading, details, OrganizationDraft.of(details), mine && !details.archived());
		setEditable(mine);
		this.restore.setVisible(mine && details.archived());
		this.history.show(this.organizations.history(details.id()));
	}

	@Override
	protected OrganizationDetails reread(OrganizationDetails details) {
		return this.organizations.organization(details.id());
	}

	@Override
	protected void store(OrganizationDraft draft) {
		List<OrganizationDraft.Problem> problems = draft.problems();
		if (!problems.isEmpty()) {
			problems.forEach(problem -> binder().showError(problem.field(), problem.messageKey()));
			return;
		}
		createOrUpdate(draft, this.organizations::create,
				(current, changed) -> this.organizations.update(current.id(), changed),
				saved -> getTranslation("organizations.saved", saved.name()));
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
			OrganizationDetails current = record();
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
		this.branchFormedOn.setEnabled(covered);
		this.uncoveredReason.setEnabled(!covered);
	}

	private void archive(OrganizationDetails current) {
		OrganizationDetails archived = this.organizations.archive(current.id(), current.version());
		done(getTranslation("organizations.archived-notice", archived.name()));
	}

}

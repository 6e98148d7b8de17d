package cn.pinghu.socialwork.organizations.ui;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.organizations.InstructorDetails;
import cn.pinghu.socialwork.organizations.InstructorDraft;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.ui.Notices;
import cn.pinghu.socialwork.shared.ui.SideForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Creates, edits, archives and restores one instructor; a second tab lists the
 * organisations assigned to them (assigned from the organisation form), a third the
 * history. Read-only for those who may not edit.
 */
class InstructorForm extends SideForm<InstructorDetails, InstructorDraft> {

	private static final Map<String, String> FIELD_LABELS = Map.of("code", "instructors.column.code", "name",
			"instructors.column.name", "workUnit", "instructors.column.work-unit", "phone", "instructors.column.phone",
			"townIds", "instructors.column.towns", "archivedAt", "instructors.column.archived-at");

	private final transient InstructorService instructors;

	private final Map<Long, String> townNames;

	private final List<Long> townIds;

	private final boolean editable;

	private final RecordHistory history;

	final TextField code = new TextField();

	final TextField name = new TextField();

	final TextField workUnit = new TextField();

	final TextField phone = new TextField();

	final MultiSelectComboBox<Long> towns = new MultiSelectComboBox<>();

	final Grid<OrganizationDetails> organizations = new Grid<>();

	final Button restore;

	InstructorForm(InstructorService instructors, Map<Long, String> townNames, List<Long> townIds, ZoneId zone,
			boolean editable, SerializableRunnable onChanged) {
		super(InstructorDraft.class, onChanged);
		this.instructors = instructors;
		this.townNames = Map.copyOf(townNames);
		this.townIds = List.copyOf(townIds);
		this.editable = editable;
		this.history = new RecordHistory(zone, FIELD_LABELS, this::value);
		field(this.code, "instructors.column.code", "code").setMaxLength(16);
		field(this.name, "instructors.column.name", "name");
		field(this.workUnit, "instructors.column.work-unit", "workUnit");
		field(this.phone, "instructors.column.phone", "phone");
		field(this.towns, "instructors.column.towns", "townIds");
		this.towns.setItemLabelGenerator(id -> this.townNames.getOrDefault(id, String.valueOf(id)));
		this.towns.setItems(this.townIds);
		setEditable(editable);
		this.organizations.addClassName("instructor-organizations");
		this.organizations.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.organizations.setEmptyStateText(getTranslation("instructors.organizations.empty"));
		this.organizations.addColumn(OrganizationDetails::name)
			.setKey("name")
			.setHeader(getTranslation("organizations.column.name"));
		this.organizations.addColumn(row -> this.townNames.getOrDefault(row.townId(), ""))
			.setKey("town")
			.setHeader(getTranslation("organizations.column.town"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.restore = addRestoreButton(getTranslation("instructors.form.restore"), "instructor-restore",
				current -> this.instructors.restore(current.id(), current.version()),
				restored -> getTranslation("instructors.restored", restored.name()));
		addTab(getTranslation("instructors.tab.organizations"), this.organizations);
		addTab(getTranslation("masterdata.tab.history"), this.history);
		if (editable) {
			setOnArchive(this::archive);
		}
	}

	void create() {
		this.towns.setItems(this.townIds);
		InstructorDraft draft = new InstructorDraft();
		if (this.townIds.size() == 1) {
			draft.setTownIds(Set.of(this.townIds.get(0)));
		}
		setEditable(this.editable);
		this.restore.setVisible(false);
		this.code.setHelperText(getTranslation("instructors.form.code-automatic"));
		open(getTranslation("instructors.form.new"), null, draft, false);
		this.organizations.setItems(List.of());
		this.history.show(List.of());
	}

	@Override
	public void edit(InstructorDetails details) {
		// the towns the user may choose, and those the instructor serves beyond them
		Set<Long> choices = new LinkedHashSet<>(this.townIds);
		choices.addAll(details.townIds());
		this.towns.setItems(choices);
		// the towns the user changes decide, as the service checks them
		boolean mine = this.editable && this.instructors.mayEdit(details);
		String heading = getTranslation(mine ? "instructors.form.edit" : "instructors.form.view", details.name());
		this.code.setHelperText(null);
		open(heading, details, InstructorDraft.of(details), mine && !details.archived());
		setEditable(mine);
		this.restore.setVisible(mine && details.archived());
		this.organizations.setItems(this.instructors.assignedOrganizations(details.id()));
		this.history.show(this.instructors.history(details.id()));
	}

	@Override
	protected InstructorDetails reread(InstructorDetails details) {
		return this.instructors.instructor(details.id());
	}

	@Override
	protected void store(InstructorDraft draft) {
		createOrUpdate(draft, this.instructors::create,
				(current, changed) -> this.instructors.update(current.id(), changed),
				saved -> getTranslation("instructors.saved", saved.name()));
	}

	private void archive(InstructorDetails current) {
		try {
			InstructorDetails archived = this.instructors.archive(current.id(), current.version());
			done(getTranslation("instructors.archived-notice", archived.name()));
		}
		catch (FieldRejectedException ex) {
			Notices.error(getTranslation(ex.messageKey()));
		}
	}

	private String value(String field, String text) {
		if ("townIds".equals(field)) {
			return List.of(text.split(","))
				.stream()
				.map(id -> this.townNames.getOrDefault(Long.valueOf(id), id))
				.collect(Collectors.joining("、"));
		}
		return text;
	}

}

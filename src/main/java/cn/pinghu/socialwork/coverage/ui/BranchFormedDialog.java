package cn.pinghu.socialwork.coverage.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.coverage.BranchFormation;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.organizations.PartyOrganizationSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * 记录建立支部: a Party organisation of the town the organisation joins, or the form, name,
 * date and secretary of a new one; and the organisation's full members in it.
 */
class BranchFormedDialog extends ActionDialog {

	final ComboBox<PartyOrganizationSummary> existing = new ComboBox<>();

	final ComboBox<BranchForm> form = new ComboBox<>();

	final TextField branchName = new TextField();

	final DatePicker formedOn = new DatePicker();

	final TextField secretary = new TextField();

	final IntegerField members = new IntegerField();

	private final transient CoverageActions coverage;

	private final OrganizationSummary organization;

	BranchFormedDialog(CoverageActions coverage, OrganizationSummary organization, LocalDate today,
			SerializableRunnable onSaved) {
		super(organization.name(), onSaved);
		this.coverage = coverage;
		this.organization = organization;
		addClassName("branch-formed-dialog");
		this.existing.setLabel(getTranslation("coverage.branch.existing"));
		this.existing.setHelperText(getTranslation("coverage.branch.existing-hint"));
		this.existing.setClearButtonVisible(true);
		this.existing.setItems(coverage.joinableBranches(organization.townId()));
		this.existing.setItemLabelGenerator(party -> party.cityWide()
				? getTranslation("coverage.branch.existing-city-wide", party.name()) : party.name());
		this.existing.addValueChangeListener(event -> joiningChanged(event.getValue() != null));
		this.form.setLabel(getTranslation("coverage.branch.form"));
		this.form.setItems(BranchForm.STANDALONE, BranchForm.JOINT, BranchForm.INDUSTRY, BranchForm.CHAIN,
				BranchForm.LEAD);
		this.form.setItemLabelGenerator(value -> getTranslation("coverage.branch-form." + value.name()));
		this.branchName.setLabel(getTranslation("coverage.branch.name"));
		this.branchName.setMaxLength(128);
		this.branchName.setValue(getTranslation("coverage.branch.name-suggestion", organization.name()));
		this.formedOn.setLabel(getTranslation("coverage.branch.formed-on"));
		this.formedOn.setMax(today);
		this.formedOn.setValue(today);
		this.secretary.setLabel(getTranslation("coverage.branch.secretary"));
		this.secretary.setHelperText(getTranslation("coverage.branch.secretary-hint"));
		this.secretary.setMaxLength(32);
		this.members.setLabel(getTranslation("coverage.branch.members"));
		this.members.setHelperText(getTranslation("coverage.branch.members-hint", BranchForm.STANDALONE_MIN_MEMBERS));
		this.members.setMin(0);
		this.members.setValue(organization.fullMembers());
		field(this.existing, List.of("partyOrganizationId"), List.of("party.rejected.unknown",
				"party.rejected.archived", "party.rejected.other-town", "party.rejected.already-covered"));
		field(this.form, List.of("form", "formGiven", "formingABranch"), List.of());
		field(this.branchName, List.of("branchName", "nameGiven"), List.of());
		field(this.formedOn, List.of("formedOn", "formationDateGiven"),
				List.of("coverage.rejected.future-date", "party.validation.formed-on-future"));
		field(this.secretary, List.of("secretaryName"), List.of());
		field(this.members, List.of("members", "standaloneWithEnoughMembers"), List.of());
		form().add(this.existing, this.form, this.branchName, this.formedOn, this.secretary, this.members);
	}

	/**
	 * Joining a Party organisation that exists takes its form, name, date and secretary.
	 */
	private void joiningChanged(boolean joining) {
		this.form.setEnabled(!joining);
		this.branchName.setEnabled(!joining);
		this.formedOn.setEnabled(!joining);
		this.secretary.setEnabled(!joining);
	}

	@Override
	protected boolean checkFields() {
		return require(this.members.getValue() != null, this.members, "coverage.validation.members-required");
	}

	@Override
	protected void submit() {
		int fullMembers = Objects.requireNonNull(this.members.getValue());
		PartyOrganizationSummary joined = this.existing.getValue();
		this.coverage.recordBranchFormed((joined != null)
				? BranchFormation.joining(this.organization.id(), this.organization.version(), joined.id(), fullMembers)
				: new BranchFormation(this.organization.id(), this.organization.version(), null, this.form.getValue(),
						this.branchName.getValue(), this.formedOn.getValue(), this.secretary.getValue(), fullMembers));
	}

	@Override
	protected String savedKey() {
		return "coverage.branch.saved";
	}

}

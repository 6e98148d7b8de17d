package cn.pinghu.socialwork.coverage.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.coverage.BranchFormation;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * 记录建立支部: the form, name, date and members of the branch now covering an organisation.
 */
class BranchFormedDialog extends ActionDialog {

	final ComboBox<BranchForm> form = new ComboBox<>();

	final TextField branchName = new TextField();

	final DatePicker formedOn = new DatePicker();

	final IntegerField members = new IntegerField();

	private final transient CoverageActions coverage;

	private final OrganizationSummary organization;

	BranchFormedDialog(CoverageActions coverage, OrganizationSummary organization, LocalDate today,
			SerializableRunnable onSaved) {
		super(organization.name(), onSaved);
		this.coverage = coverage;
		this.organization = organization;
		addClassName("branch-formed-dialog");
		this.form.setLabel(getTranslation("coverage.branch.form"));
		this.form.setItems(BranchForm.STANDALONE, BranchForm.JOINT, BranchForm.INDUSTRY);
		this.form.setItemLabelGenerator(value -> getTranslation("coverage.branch-form." + value.name()));
		this.branchName.setLabel(getTranslation("coverage.branch.name"));
		this.branchName.setMaxLength(128);
		this.branchName.setValue(getTranslation("coverage.branch.name-suggestion", organization.name()));
		this.formedOn.setLabel(getTranslation("coverage.branch.formed-on"));
		this.formedOn.setMax(today);
		this.formedOn.setValue(today);
		this.members.setLabel(getTranslation("coverage.branch.members"));
		this.members.setHelperText(getTranslation("coverage.branch.members-hint", BranchForm.STANDALONE_MIN_MEMBERS));
		this.members.setMin(0);
		this.members.setValue(organization.fullMembers());
		field(this.form, List.of("form", "formingABranch"), List.of());
		field(this.branchName, List.of("branchName"), List.of());
		field(this.formedOn, List.of("formedOn"), List.of("coverage.rejected.future-date"));
		field(this.members, List.of("members", "standaloneWithEnoughMembers"), List.of());
		form().add(this.form, this.branchName, this.formedOn, this.members);
	}

	@Override
	protected boolean checkFields() {
		return require(this.members.getValue() != null, this.members, "coverage.validation.members-required");
	}

	@Override
	protected void submit() {
		this.coverage.recordBranchFormed(new BranchFormation(this.organization.id(), this.organization.version(),
				this.form.getValue(), this.branchName.getValue(), this.formedOn.getValue(),
				Objects.requireNonNull(this.members.getValue())));
	}

	@Override
	protected String savedKey() {
		return "coverage.branch.saved";
	}

}

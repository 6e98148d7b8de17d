package cn.pinghu.socialwork.coverage.ui;

import java.util.List;

import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.coverage.InstructorAssignment;
import cn.pinghu.socialwork.organizations.InstructorOption;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.function.SerializableRunnable;

/** 指派指导员: one of the instructors who serve the organisation's town. */
class InstructorDialog extends ActionDialog {

	final ComboBox<InstructorOption> instructor = new ComboBox<>();

	private final transient CoverageActions coverage;

	private final OrganizationSummary organization;

	InstructorDialog(CoverageActions coverage, OrganizationSummary organization, List<InstructorOption> instructors,
			SerializableRunnable onSaved) {
		super(organization.name(), onSaved);
		this.coverage = coverage;
		this.organization = organization;
		addClassName("instructor-dialog");
		this.instructor.setLabel(getTranslation("coverage.instructor.label"));
		this.instructor.setItems(instructors);
		this.instructor.setItemLabelGenerator(
				option -> getTranslation("coverage.instructor.option", option.name(), option.workUnit()));
		this.instructor.setWidthFull();
		if (instructors.isEmpty()) {
			this.instructor.setHelperText(getTranslation("coverage.instructor.none"));
		}
		instructors.stream()
			.filter(option -> Long.valueOf(option.id()).equals(organization.instructorId()))
			.findFirst()
			.ifPresent(this.instructor::setValue);
		field(this.instructor, List.of("instructorId"),
				List.of("coverage.rejected.unknown-instructor", "coverage.rejected.instructor-not-in-town"));
		form().add(this.instructor);
	}

	@Override
	protected boolean checkFields() {
		return require(this.instructor.getValue() != null, this.instructor, "coverage.validation.instructor-required");
	}

	@Override
	protected void submit() {
		this.coverage.assignInstructor(new InstructorAssignment(this.organization.id(), this.organization.version(),
				this.instructor.getValue().id()));
	}

	@Override
	protected String savedKey() {
		return "coverage.instructor.saved";
	}

}

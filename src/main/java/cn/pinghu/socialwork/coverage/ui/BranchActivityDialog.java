package cn.pinghu.socialwork.coverage.ui;

import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.coverage.ActivityKind;
import cn.pinghu.socialwork.coverage.BranchActivityDraft;
import cn.pinghu.socialwork.coverage.BranchActivityService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;

/** 记录支部活动: an activity the branch of an organisation held. */
class BranchActivityDialog extends ActionDialog {

	final DatePicker heldOn = new DatePicker();

	final ComboBox<ActivityKind> kind = new ComboBox<>();

	final IntegerField attendees = new IntegerField();

	private final transient BranchActivityService activities;

	private final long organizationId;

	BranchActivityDialog(BranchActivityService activities, long organizationId, String organizationName,
			LocalDate today, SerializableRunnable onSaved) {
		super(organizationName, onSaved);
		this.activities = activities;
		this.organizationId = organizationId;
		addClassName("branch-activity-dialog");
		this.heldOn.setLabel(getTranslation("coverage.activity.held-on"));
		this.heldOn.setMax(today);
		this.heldOn.setValue(today);
		this.kind.setLabel(getTranslation("coverage.activity.kind"));
		this.kind.setItems(ActivityKind.values());
		this.kind.setItemLabelGenerator(value -> getTranslation("coverage.activity-kind." + value.name()));
		this.attendees.setLabel(getTranslation("coverage.activity.attendees"));
		this.attendees.setMin(1);
		field(this.heldOn, List.of("heldOn"),
				List.of("coverage.rejected.future-date", "coverage.rejected.before-branch"));
		field(this.kind, List.of("kind"), List.of());
		field(this.attendees, List.of("attendees"), List.of());
		form().add(this.heldOn, this.kind, this.attendees);
	}

	@Override
	protected void submit() {
		this.activities.record(new BranchActivityDraft(this.organizationId, this.heldOn.getValue(),
				this.kind.getValue(), this.attendees.getValue()));
	}

	@Override
	protected String savedKey() {
		return "coverage.activity.saved";
	}

}

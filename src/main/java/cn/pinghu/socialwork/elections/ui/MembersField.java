package cn.pinghu.socialwork.elections.ui;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.elections.ElectedMember;
import cn.pinghu.socialwork.elections.Education;
import cn.pinghu.socialwork.elections.PartyAttendance;
import cn.pinghu.socialwork.elections.Sex;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The members a stage elects, one row each: name, sex, age and education, and at the
 * Party election whether the member is the secretary and the votes for them, above which
 * the meeting's attendance and seats. The service checks the rules; the errors show under
 * the rows.
 */
class MembersField extends Composite<VerticalLayout> {

	final IntegerField membersExpected = new IntegerField();

	final IntegerField membersPresent = new IntegerField();

	final IntegerField partySeats = new IntegerField();

	final Button add = new Button();

	final Span error = new Span();

	final List<Row> rows = new ArrayList<>();

	private final VerticalLayout list = new VerticalLayout();

	private boolean party;

	MembersField() {
		this.membersExpected.setLabel(getTranslation("elections.party.members-expected"));
		this.membersExpected.setHelperText(getTranslation("elections.party.members-expected-help"));
		this.membersPresent.setLabel(getTranslation("elections.party.members-present"));
		this.partySeats.setLabel(getTranslation("elections.party.seats"));
		this.add.setText(getTranslation("elections.members.add"));
		this.add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.add.addClickListener(click -> addRow());
		this.error.addClassName("members-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color)");
		this.list.setPadding(false);
		this.list.setSpacing(false);
		VerticalLayout content = getContent();
		content.setPadding(false);
		content.add(new HorizontalLayout(this.membersExpected, this.membersPresent, this.partySeats), this.list,
				this.add, this.error);
	}

	/**
	 * Clears the field for a stage: the Party election's, or the supervisory committee's.
	 */
	void reset(boolean forParty) {
		this.party = forParty;
		this.membersExpected.setVisible(forParty);
		this.membersPresent.setVisible(forParty);
		this.partySeats.setVisible(forParty);
		List.of(this.membersExpected, this.membersPresent, this.partySeats).forEach(field -> {
			field.clear();
			field.setInvalid(false);
		});
		this.rows.clear();
		this.list.removeAll();
		this.error.setText("");
		addRow();
	}

	PartyAttendance attendance() {
		return new PartyAttendance(this.membersExpected.getValue(), this.membersPresent.getValue(),
				this.partySeats.getValue());
	}

	/** The rows filled in; a row left wholly empty is no member. */
	List<ElectedMember> members() {
		return this.rows.stream().filter(row -> !row.blank()).map(row -> row.member(this.party)).toList();
	}

	Row addRow() {
		Row row = new Row(new TextField(), new Select<>(), new IntegerField(), new Select<>(), new Checkbox(),
				new IntegerField());
		row.name.setPlaceholder(getTranslation("elections.members.name"));
		row.name.setMaxLength(ElectedMember.NAME_LENGTH);
		row.name.setWidth("7em");
		choices(row.sex, "elections.members.sex", Sex.values(), "elections.sex.", "5em");
		row.age.setPlaceholder(getTranslation("elections.members.age"));
		row.age.setWidth("5em");
		choices(row.education, "elections.members.education", Education.values(), "elections.education.", "8em");
		row.secretary.setLabel(getTranslation("elections.members.secretary"));
		row.secretary.setVisible(this.party);
		row.votesFor.setPlaceholder(getTranslation("elections.members.votes-for"));
		row.votesFor.setWidth("6em");
		row.votesFor.setVisible(this.party);
		Button remove = new Button(getTranslation("elections.members.remove"));
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		HorizontalLayout line = new HorizontalLayout(row.name, row.sex, row.age, row.education, row.votesFor,
				row.secretary, remove);
		line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		remove.addClickListener(click -> {
			this.rows.remove(row);
			this.list.remove(line);
		});
		this.rows.add(row);
		this.list.add(line);
		return row;
	}

	/** A select of an enum's values, each labelled by its key under the prefix. */
	private <E extends Enum<E>> void choices(Select<E> select, String placeholderKey, E[] values, String labelPrefix,
			String width) {
		select.setPlaceholder(getTranslation(placeholderKey));
		select.setItems(values);
		select.setItemLabelGenerator(value -> getTranslation(labelPrefix + value.name()));
		select.setWidth(width);
	}

	/** One member's fields. */
	record Row(TextField name, Select<Sex> sex, IntegerField age, Select<Education> education, Checkbox secretary,
			IntegerField votesFor) {

		boolean blank() {
			return this.name.getValue().isBlank() && this.sex.getValue() == null && this.age.getValue() == null
					&& this.education.getValue() == null && this.votesFor.getValue() == null;
		}

		ElectedMember member(boolean party) {
			return new ElectedMember(this.name.getValue(), this.sex.getValue(), this.age.getValue(),
					this.education.getValue(), party && this.secretary.getValue(),
					party ? this.votesFor.getValue() : null);
		}

	}

}

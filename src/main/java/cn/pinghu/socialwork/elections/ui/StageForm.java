package cn.pinghu.socialwork.elections.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.elections.CommunityElectionSummary;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import cn.pinghu.socialwork.elections.ElectionRejectedException;
import cn.pinghu.socialwork.elections.ElectionResults;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.StageCompletion;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * Completes the stage under way of one community's election, with the fields that stage
 * asks for. Enter saves, Esc cancels; the service's rules show at their fields in the
 * user's language, and nothing is stored while one is broken.
 */
class StageForm extends Composite<VerticalLayout> {

	private final transient ElectionFigures elections;

	private final transient ElectionStages stages;

	private final SerializableRunnable onSaved;

	private final SerializableRunnable onClose;

	private final H3 title = new H3();

	final Span error = new Span();

	final DatePicker completedOn = new DatePicker();

	final IntegerField registeredVoters = new IntegerField();

	final IntegerField candidates = new IntegerField();

	final IntegerField seats = new IntegerField();

	final IntegerField ballotsCast = new IntegerField();

	final IntegerField elected = new IntegerField();

	/** A 另行选举's leading candidates' votes, separated by commas or spaces. */
	final TextField candidateVotes = new TextField();

	final IntegerField partyCommitteeMembers = new IntegerField();

	final IntegerField residentsCommitteeMembers = new IntegerField();

	final Checkbox secretaryIsDirector = new Checkbox();

	final IntegerField crossHoldingCount = new IntegerField();

	final IntegerField womenMembers = new IntegerField();

	final IntegerField membersUnder35 = new IntegerField();

	final BigDecimalField averageAge = new BigDecimalField();

	final IntegerField collegeMembers = new IntegerField();

	final IntegerField committeeWomen = new IntegerField();

	/** The members elected at the Party election or to the supervisory committee. */
	final MembersField members = new MembersField();

	final Button save = new Button();

	final Button cancel = new Button();

	private final Map<String, Component> fieldsByName;

	private @Nullable CommunityElectionSummary election;

	/**
	 * @param onSaved what happens after a stage change: the record reloads
	 * @param onClose closes the form
	 */
	StageForm(ElectionFigures elections, ElectionStages stages, SerializableRunnable onSaved,
			SerializableRunnable onClose) {
		this.elections = elections;
		this.stages = stages;
		this.onSaved = onSaved;
		this.onClose = onClose;
		this.fieldsByName = Map.ofEntries(Map.entry("completedOn", this.completedOn),
				Map.entry("registeredVoters", this.registeredVoters), Map.entry("candidates", this.candidates),
				Map.entry("seats", this.seats), Map.entry("ballotsCast", this.ballotsCast),
				Map.entry("elected", this.elected), Map.entry("candidateVotes", this.candidateVotes),
				Map.entry("committeeWomen", this.committeeWomen),
				Map.entry("partyCommitteeMembers", this.partyCommitteeMembers),
				Map.entry("residentsCommitteeMembers", this.residentsCommitteeMembers),
				Map.entry("secretaryIsDirector", this.secretaryIsDirector),
				Map.entry("crossHoldingCount", this.crossHoldingCount), Map.entry("womenMembers", this.womenMembers),
				Map.entry("membersUnder35", this.membersUnder35), Map.entry("averageAge", this.averageAge),
				Map.entry("collegeMembers", this.collegeMembers),
				Map.entry("membersExpected", this.members.membersExpected),
				Map.entry("membersPresent", this.members.membersPresent),
				Map.entry("partySeats", this.members.partySeats));
		this.completedOn.setLabel(getTranslation("elections.form.completed-on"));
		this.registeredVoters.setLabel(getTranslation("elections.record.registered-voters"));
		this.candidates.setLabel(getTranslation("elections.record.candidates"));
		this.seats.setLabel(getTranslation("elections.record.seats"));
		this.ballotsCast.setLabel(getTranslation("elections.record.ballots-cast"));
		this.elected.setLabel(getTranslation("elections.record.elected"));
		this.elected.setHelperText(getTranslation("elections.form.elected-help"));
		this.candidateVotes.setLabel(getTranslation("elections.record.candidate-votes"));
		this.committeeWomen.setLabel(getTranslation("elections.record.committee-women"));
		this.partyCommitteeMembers.setLabel(getTranslation("elections.record.party-committee-members"));
		this.residentsCommitteeMembers.setLabel(getTranslation("elections.record.residents-committee-members"));
		this.secretaryIsDirector.setLabel(getTranslation("elections.record.secretary-is-director"));
		this.crossHoldingCount.setLabel(getTranslation("elections.record.cross-holding-count"));
		this.womenMembers.setLabel(getTranslation("elections.record.women-members"));
		this.membersUnder35.setLabel(getTranslation("elections.record.members-under-35"));
		this.averageAge.setLabel(getTranslation("elections.record.average-age"));
		this.collegeMembers.setLabel(getTranslation("elections.record.college-members"));
		this.error.addClassName("stage-form-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color)");
		this.save.setText(getTranslation("elections.form.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save());
		this.save.addClickShortcut(Key.ENTER).listenOn(getContent());
		this.cancel.setText(getTranslation("elections.form.cancel"));
		this.cancel.addClickListener(click -> this.onClose.run());
		this.cancel.addClickShortcut(Key.ESCAPE).listenOn(getContent());
		FormLayout fields = new FormLayout();
		fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
		VerticalLayout content = getContent();
		content.addClassName("stage-form");
		content.setPadding(false);
		content.setMaxWidth("40rem");
		setVisible(false);
		content.add(this.title, this.error, orderedFields(fields), this.members,
				new HorizontalLayout(this.save, this.cancel));
	}

	/** Opens the form on the stage under way of an election as it is stored now. */
	void edit(CommunityElectionSummary summary) {
		this.election = summary;
		ElectionStage stage = summary.stage();
		this.title.setText(getTranslation("elections.form.title", getTranslation("elections.stage." + stage.name())));
		this.error.setText("");
		this.fieldsByName.values().forEach(field -> {
			if (field instanceof HasValidation validated) {
				validated.setInvalid(false);
			}
		});
		this.completedOn.setValue(this.elections.today());
		this.completedOn.setMax(this.elections.today());
		List.of(this.registeredVoters, this.candidates, this.seats, this.ballotsCast, this.partyCommitteeMembers,
				this.residentsCommitteeMembers, this.crossHoldingCount, this.womenMembers, this.membersUnder35,
				this.collegeMembers, this.elected, this.committeeWomen)
			.forEach(IntegerField::clear);
		this.candidateVotes.clear();
		this.averageAge.clear();
		this.secretaryIsDirector.setValue(false);
		this.completedOn.setVisible(true);
		this.registeredVoters.setVisible(stage == ElectionStage.VOTER_REGISTRATION);
		this.candidates.setVisible(stage == ElectionStage.NOMINATION);
		this.seats.setVisible(stage == ElectionStage.NOMINATION);
		boolean supplementary = stage == ElectionStage.SUPPLEMENTARY_VOTE;
		this.ballotsCast.setVisible(stage.isVote() || supplementary);
		this.elected.setVisible(stage.isVote());
		this.candidateVotes.setVisible(supplementary);
		if (supplementary) {
			this.candidateVotes
				.setHelperText(getTranslation("elections.form.candidate-votes-help", openSeats(summary)));
		}
		boolean results = stage == ElectionStage.HANDOVER;
		List.<Component>of(this.partyCommitteeMembers, this.residentsCommitteeMembers, this.secretaryIsDirector,
				this.crossHoldingCount, this.womenMembers, this.membersUnder35, this.averageAge, this.collegeMembers,
				this.committeeWomen)
			.forEach(field -> field.setVisible(results));
		boolean party = stage == ElectionStage.PARTY_ELECTION;
		this.members.setVisible(party || stage == ElectionStage.SUPERVISORY);
		this.members.reset(party);
		setVisible(true);
		this.completedOn.focus();
	}

	private void save() {
		CommunityElectionSummary current = this.election;
		if (current == null) {
			return;
		}
		this.error.setText("");
		this.members.error.setText("");
		this.fieldsByName.values().forEach(field -> {
			if (field instanceof HasValidation validated) {
				validated.setInvalid(false);
			}
		});
		List<Integer> votes = candidateVotes();
		if (votes == null) {
			this.candidateVotes.setErrorMessage(getTranslation("elections.validation.candidate-votes-format"));
			this.candidateVotes.setInvalid(true);
			return;
		}
		StageCompletion completion = new StageCompletion(current.id(), current.version(), current.stage(),
				this.completedOn.getValue(), this.registeredVoters.getValue(), this.candidates.getValue(),
				this.seats.getValue(), this.ballotsCast.getValue(), this.elected.getValue(), votes,
				(current.stage() == ElectionStage.HANDOVER) ? results() : null,
				(current.stage() == ElectionStage.PARTY_ELECTION) ? this.members.attendance() : null,
				this.members.isVisible() ? this.members.members() : List.of());
		try {
			CommunityElectionSummary saved = this.stages.completeStage(completion);
			String text = switch (saved.stage()) {
				case PARTY_ELECTION -> getTranslation("elections.form.party-meeting-invalid", saved.communityName());
				case RE_VOTE -> getTranslation("elections.form.vote-failed", saved.communityName());
				case SUPPLEMENTARY_VOTE ->
					getTranslation("elections.form.seats-open", saved.communityName(), openSeats(saved));
				default -> getTranslation("elections.form.saved", saved.communityName(),
						getTranslation("elections.stage." + current.stage().name()));
			};
			notify(text, NotificationVariant.LUMO_SUCCESS);
			setVisible(false);
			this.onSaved.run();
		}
		catch (ElectionRejectedException ex) {
			show(ex.rejections());
		}
		catch (StaleVersionException ex) {
			notify(getTranslation("elections.form.conflict"), NotificationVariant.LUMO_ERROR);
			this.onSaved.run();
		}
	}

	private ElectionResults results() {
		return new ElectionResults(this.partyCommitteeMembers.getValue(), this.residentsCommitteeMembers.getValue(),
				this.secretaryIsDirector.getValue(), this.crossHoldingCount.getValue(), this.womenMembers.getValue(),
				this.membersUnder35.getValue(), this.averageAge.getValue(), this.collegeMembers.getValue(),
				this.committeeWomen.getValue());
	}

	/**
	 * The votes typed in for a 另行选举, separated by commas, 、 or spaces; {@code null} when
	 * one is not a whole number.
	 */
	private @Nullable List<Integer> candidateVotes() {
		if (!this.candidateVotes.isVisible() || this.candidateVotes.getValue().isBlank()) {
			return List.of();
		}
		List<Integer> votes = new ArrayList<>();
		for (String part : this.candidateVotes.getValue().strip().split("[,，、\\s]+")) {
			try {
				votes.add(Integer.valueOf(part));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return votes;
	}

	private void show(List<Rejection> rejections) {
		StringBuilder general = new StringBuilder();
		StringBuilder ofMembers = new StringBuilder();
		for (Rejection rejection : rejections) {
			String message = getTranslation(rejection.messageKey(), rejection.argumentArray());
			if ("members".equals(rejection.field()) && this.members.isVisible()) {
				ofMembers.append(message);
				continue;
			}
			Component field = (rejection.field() != null) ? this.fieldsByName.get(rejection.field()) : null;
			if (field instanceof HasValidation validated && field.isVisible()) {
				validated.setErrorMessage(message);
				validated.setInvalid(true);
			}
			else {
				general.append(message);
			}
		}
		this.error.setText(general.toString());
		this.members.error.setText(ofMembers.toString());
	}

	private FormLayout orderedFields(FormLayout fields) {
		fields.removeAll();
		fields.add(this.completedOn, this.registeredVoters, this.candidates, this.seats, this.ballotsCast, this.elected,
				this.candidateVotes, this.partyCommitteeMembers, this.residentsCommitteeMembers, this.committeeWomen,
				this.crossHoldingCount, this.secretaryIsDirector, this.womenMembers, this.membersUnder35,
				this.averageAge, this.collegeMembers);
		return fields;
	}

	private static int openSeats(CommunityElectionSummary summary) {
		return (summary.seats() != null) ? summary.seats() - summary.seatsFilled() : 0;
	}

	private static void notify(String message, NotificationVariant variant) {
		Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(variant);
	}

}

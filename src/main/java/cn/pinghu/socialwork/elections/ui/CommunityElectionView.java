package cn.pinghu.socialwork.elections.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.elections.CommunityElectionSummary;
import cn.pinghu.socialwork.elections.CommunityElectionSummary.SupplementaryVote;
import cn.pinghu.socialwork.elections.ElectedMember;
import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionResults;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.PartyMeeting;
import cn.pinghu.socialwork.elections.RoundSummary;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One community's election record: the stage under way and its signal, each stage's
 * planned and completed day, the figures and the results. Coordinators of the town and
 * administrators complete the stage under way; administrators may reopen an earlier one.
 */
@Route(CommunityElectionView.ROUTE)
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class CommunityElectionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	static final String ROUTE = "elections/community";

	private final transient ElectionFigures elections;

	private final transient ElectionStages electionStages;

	private final RouterLink back = new RouterLink();

	private final H2 title = new H2();

	final Span stage = new Span();

	private final Div signal = new Div();

	final Grid<StageLine> stages = new Grid<>();

	final Div figures = new Div();

	final Div results = new Div();

	final Div party = new Div();

	final Div supervisors = new Div();

	final Button advance = new Button();

	final Button reopen = new Button();

	final StageForm form;

	private @Nullable CommunityElectionSummary election;

	CommunityElectionView(ElectionFigures elections, ElectionStages electionStages, DomainEventFeed feed) {
		this.elections = elections;
		this.electionStages = electionStages;
		this.form = new StageForm(elections, electionStages, this::reload, this::closeForm);
		setSizeFull();
		this.stage.addClassName("election-stage");
		this.advance.setText(getTranslation("elections.form.advance"));
		this.advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.advance.addClickListener(click -> openForm());
		this.reopen.setText(getTranslation("elections.reopen"));
		this.reopen.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.reopen.addClickListener(click -> openReopen());
		configureStages();
		this.figures.addClassName("election-figures");
		this.results.addClassName("election-results");
		this.party.addClassName("election-party");
		this.supervisors.addClassName("election-supervisors");
		add(this.back, this.title, new HorizontalLayout(this.stage, this.signal), this.stages,
				new H4(getTranslation("elections.record.party")), this.party,
				new H4(getTranslation("elections.record.supervisors")), this.supervisors,
				new H4(getTranslation("elections.record.figures")), this.figures,
				new H4(getTranslation("elections.record.results")), this.results,
				new HorizontalLayout(this.advance, this.reopen), this.form);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, ElectionChanged.class), (change) -> {
			CommunityElectionSummary shown = this.election;
			return shown != null && change.electionId() == shown.id();
		}, this::reload);
	}

	@Override
	public void setParameter(BeforeEvent event, Long parameter) {
		try {
			show(this.elections.election(parameter));
		}
		catch (org.springframework.security.access.AccessDeniedException ex) {
			event.rerouteToError(AccessDeniedException.class);
		}
		catch (IllegalArgumentException ex) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	@Override
	public String getPageTitle() {
		CommunityElectionSummary shown = this.election;
		return getTranslation("elections.record.title", (shown != null) ? shown.communityName() : "");
	}

	private void reload() {
		CommunityElectionSummary shown = this.election;
		if (shown != null) {
			show(this.elections.election(shown.id()));
		}
	}

	private void show(CommunityElectionSummary summary) {
		this.election = summary;
		this.back.setText(getTranslation("elections.back.town", this.elections.townName(summary.townId())));
		this.back.setRoute(TownElectionsView.class, summary.townId());
		this.title.setText(getTranslation("elections.record.title", summary.communityName()));
		String stageText = getTranslation("elections.record.stage",
				getTranslation("elections.stage." + summary.stage().name()));
		if (summary.dueOn() != null) {
			stageText += "  " + getTranslation("elections.record.due", summary.dueOn().toString());
		}
		this.stage.setText(stageText);
		this.signal.removeAll();
		this.signal.add(ElectionBadges.signal(this, summary.signal()));
		RoundSummary round = this.elections.round().orElse(null);
		List<StageLine> lines = new ArrayList<>();
		for (ElectionStage main : ElectionStage.MAIN_LINE) {
			if (main != ElectionStage.COMPLETED) {
				lines.add(new StageLine(main, (round != null) ? round.planOf(summary.townId()).get(main) : null,
						summary.completedOn().get(main)));
			}
		}
		this.stages.setItems(lines);
		this.figures.setText(String.join("　", figure("registered-voters", summary.registeredVoters()),
				figure("candidates", summary.candidates()), figure("seats", summary.seats()),
				figure("ballots-cast", summary.ballotsCast()),
				label("turnout") + ElectionBadges.rate(this, summary.turnout()),
				figure("votes-held", summary.votesHeld()), figure("elected", summary.elected()),
				supplementary(summary.supplementaryVote())));
		this.results.setText(results(summary.results()));
		this.party.setText(party(summary.partyMeeting()));
		this.supervisors.setText(
				summary.supervisors().isEmpty() ? getTranslation("elections.none") : members(summary.supervisors()));
		this.signal.add(ElectionBadges.withoutWoman(this, summary.withoutWoman()));
		boolean editable = this.electionStages.mayChange(summary.townId()) && !summary.completed();
		this.advance.setVisible(editable);
		this.reopen
			.setVisible(this.electionStages.mayReopen() && !ElectionStages.reopenTargets(summary.stage()).isEmpty());
		closeForm();
	}

	private String results(@Nullable ElectionResults results) {
		if (results == null) {
			return getTranslation("elections.none");
		}
		return String.join("　", figure("party-committee-members", results.partyCommitteeMembers()),
				figure("residents-committee-members", results.residentsCommitteeMembers()),
				label("secretary-is-director") + getTranslation(Boolean.TRUE.equals(results.secretaryIsDirector())
						? "elections.record.yes" : "elections.record.no"),
				figure("cross-holding-count", results.crossHoldingCount()),
				figure("women-members", results.womenMembers()), figure("members-under-35", results.membersUnder35()),
				label("average-age") + ElectionBadges.age(this, results.averageAge()),
				figure("college-members", results.collegeMembers()),
				figure("committee-women", results.committeeWomen()));
	}

	private String party(@Nullable PartyMeeting meeting) {
		if (meeting == null) {
			return getTranslation("elections.none");
		}
		String attendance = getTranslation("elections.record.party-meeting", text(meeting.membersExpected()),
				text(meeting.membersPresent()), text(meeting.seats()), meeting.meetingsHeld());
		if (meeting.membersExpected() == null) {
			return attendance + "　" + getTranslation("elections.record.members-unknown");
		}
		return attendance + "　"
				+ (meeting.members().isEmpty() ? getTranslation("elections.none") : members(meeting.members()));
	}

	private String members(List<ElectedMember> members) {
		return String.join("；", members.stream()
			.map(member -> getTranslation("elections.record.member", member.name(),
					(member.sex() != null) ? getTranslation("elections.sex." + member.sex().name()) : "",
					text(member.age()),
					(member.education() != null) ? getTranslation("elections.education." + member.education().name())
							: "",
					member.secretary() ? getTranslation("elections.members.secretary") : "",
					(member.votesFor() != null) ? getTranslation("elections.record.votes-for", member.votesFor()) : ""))
			.map(String::strip)
			.toList());
	}

	private String text(@Nullable Integer value) {
		return (value != null) ? value.toString() : getTranslation("elections.none");
	}

	private String supplementary(@Nullable SupplementaryVote vote) {
		if (vote == null) {
			return label("supplementary-vote") + getTranslation("elections.none");
		}
		return label("supplementary-vote") + getTranslation("elections.record.supplementary-vote-text",
				vote.votedOn().toString(), vote.ballotsCast(), vote.elected());
	}

	private String figure(String key, @Nullable Integer value) {
		return label(key) + ((value != null) ? value.toString() : getTranslation("elections.none"));
	}

	private String label(String key) {
		return getTranslation("elections.record." + key) + "：";
	}

	private void openForm() {
		CommunityElectionSummary shown = this.election;
		if (shown != null) {
			this.advance.setVisible(false);
			this.form.edit(shown);
		}
	}

	private void closeForm() {
		this.form.setVisible(false);
		CommunityElectionSummary shown = this.election;
		this.advance.setVisible(shown != null && this.electionStages.mayChange(shown.townId()) && !shown.completed());
	}

	private void openReopen() {
		CommunityElectionSummary shown = this.election;
		if (shown != null) {
			new ReopenDialog(this.electionStages, shown, this::reload).open();
		}
	}

	private void configureStages() {
		this.stages.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.stages.setAllRowsVisible(true);
		this.stages.setWidth("36rem");
		this.stages.addColumn(line -> getTranslation("elections.stage." + line.stage().name()))
			.setKey("stage")
			.setHeader(getTranslation("elections.record.stages"));
		this.stages.addColumn(line -> text(line.plannedOn()))
			.setKey("planned")
			.setHeader(getTranslation("elections.record.planned"));
		this.stages.addColumn(line -> text(line.completedOn()))
			.setKey("completedOn")
			.setHeader(getTranslation("elections.record.completed-on"));
	}

	private String text(@Nullable LocalDate day) {
		return (day != null) ? day.toString() : getTranslation("elections.none");
	}

	/** One stage of the main line in the record. */
	record StageLine(ElectionStage stage, @Nullable LocalDate plannedOn, @Nullable LocalDate completedOn) {
	}

}

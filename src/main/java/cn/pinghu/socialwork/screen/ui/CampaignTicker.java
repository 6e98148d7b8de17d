package cn.pinghu.socialwork.screen.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.pinghu.socialwork.coverage.BranchActivityRecorded;
import cn.pinghu.socialwork.coverage.BranchFormed;
import cn.pinghu.socialwork.coverage.CoverageNews;
import cn.pinghu.socialwork.coverage.InstructorAssigned;
import cn.pinghu.socialwork.elections.ElectionNews;
import cn.pinghu.socialwork.elections.ElectionStageCompleted;
import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The screens' footer: a line of the latest campaign events, such as "14:32 钟埭街道 北墅社区
 * 完成投票选举". Reads them when the screen opens and again after each coverage or election
 * change, coalesced as the screens' figures are; every screen of the same towns is handed
 * the same read ({@link TickerNews#latest}). When the database is away the line stays as
 * it was.
 */
class CampaignTicker extends Div {

	static final String ID = "screen-ticker";

	/** How many events the line shows. */
	static final int LATEST = 5;

	private static final Logger log = LoggerFactory.getLogger(CampaignTicker.class);

	private final transient TickerNews news;

	private final transient ScreenRefreshes refreshes;

	private final ZoneId zone;

	private final Div items = new Div();

	/** Folds a burst of changes into one read. */
	private transient @Nullable Coalescer reads;

	private transient @Nullable Runnable changes;

	CampaignTicker(TickerNews news, ScreenRefreshes refreshes, ZoneId zone) {
		this.news = news;
		this.refreshes = refreshes;
		this.zone = zone;
		setId(ID);
		addClassName("big-screen-ticker");
		Span title = new Span(getTranslation("screen.ticker.title"));
		title.addClassName("big-screen-ticker-title");
		this.items.addClassName("big-screen-ticker-items");
		add(title, this.items);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		Coalescer coalesced = this.refreshes.coalesced(event.getUI(), this::read);
		this.reads = coalesced;
		// Subscribe first, then read: no change can fall in between.
		this.changes = this.news.subscribe(coalesced::trigger);
		read();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.changes != null) {
			this.changes.run();
			this.changes = null;
		}
		if (this.reads != null) {
			this.reads.close();
			this.reads = null;
		}
	}

	/** Reads the latest events and shows them; the line on show stays if it cannot. */
	void read() {
		List<Line> lines = new ArrayList<>();
		try {
			TickerNews.Latest latest = this.news.latest();
			latest.coverage().forEach(event -> lines.add(line(event)));
			latest.elections().forEach(event -> lines.add(line(event)));
		}
		catch (DataAccessException | TransactionException ex) {
			log.debug("The ticker could not read the latest events: {}", ex.getMessage());
			return;
		}
		lines.sort(Comparator.comparing(Line::at).thenComparing(Line::outboxId).reversed());
		this.items.removeAll();
		if (lines.isEmpty()) {
			Span none = new Span(getTranslation("screen.ticker.none"));
			none.addClassName("big-screen-ticker-none");
			this.items.add(none);
			return;
		}
		LocalDate today = this.refreshes.today(this.zone);
		lines.stream().limit(LATEST).forEach(line -> {
			ZonedDateTime at = line.at().withZoneSameInstant(this.zone);
			String pattern = at.toLocalDate().equals(today) ? getTranslation("screen.ticker.time-today")
					: getTranslation("screen.ticker.time-earlier");
			Span time = new Span(DateTimeFormatter.ofPattern(pattern, getLocale()).format(at));
			time.addClassName("big-screen-ticker-time");
			Span item = new Span(time, new Span(line.text()));
			item.addClassName("big-screen-ticker-item");
			this.items.add(item);
		});
	}

	/** The texts on show, newest first, without their times. */
	List<String> texts() {
		return this.items.getChildren()
			.filter(child -> child.hasClassName("big-screen-ticker-item"))
			.map(child -> child.getChildren().skip(1).findFirst().map(text -> text.getElement().getText()).orElse(""))
			.toList();
	}

	private Line line(CoverageNews news) {
		String text;
		if (news.change() instanceof BranchFormed) {
			text = getTranslation("screen.ticker.branch-formed", news.townName(), news.organizationName());
		}
		else if (news.change() instanceof InstructorAssigned) {
			text = getTranslation("screen.ticker.instructor-assigned", news.townName(), news.organizationName());
		}
		else if (news.change() instanceof BranchActivityRecorded activity) {
			text = getTranslation("screen.ticker.activity", news.townName(), news.organizationName(),
					getTranslation("coverage.activity-kind." + activity.kind().name()));
		}
		else {
			text = getTranslation("screen.ticker.coverage-changed", news.townName(), news.organizationName());
		}
		return new Line(news.occurredAt().atZone(this.zone), news.outboxId(), text);
	}

	private Line line(ElectionNews news) {
		String text;
		if (news.reVote()) {
			text = getTranslation("screen.ticker.re-vote", news.townName(), news.communityName());
		}
		else if (news.supplementaryVote()) {
			text = getTranslation("screen.ticker.supplementary-vote", news.townName(), news.communityName());
		}
		else if (news.partyElectionCompleted()) {
			text = getTranslation("screen.ticker.party-election", news.townName(), news.communityName());
		}
		else if (news.partyMeetingInvalid()) {
			text = getTranslation("screen.ticker.party-meeting-invalid", news.townName(), news.communityName());
		}
		else if (news.change() instanceof ElectionStageCompleted completed) {
			text = getTranslation("screen.ticker.stage-completed", news.townName(), news.communityName(),
					getTranslation("elections.stage." + completed.stage().name()));
		}
		else {
			text = getTranslation("screen.ticker.election-changed", news.townName(), news.communityName());
		}
		return new Line(news.occurredAt().atZone(this.zone), news.outboxId(), text);
	}

	private record Line(ZonedDateTime at, long outboxId, String text) {
	}

}

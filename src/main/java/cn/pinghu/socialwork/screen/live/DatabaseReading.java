package cn.pinghu.socialwork.screen.live;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.stations.StationCounts;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.visits.HourlyTownVisits;
import cn.pinghu.socialwork.visits.StationVisited;
import cn.pinghu.socialwork.visits.VisitService;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a rebuild of the live numbers reads from the database, in one read view: the
 * station counts, the towns, the visits per hour and town, and which visit events after
 * the feed's watermark those visits include.
 */
record DatabaseReading(StationCounts counts, List<TownSummary> towns, VisitCounters counters, Set<Long> included) {

	/** A read-only transaction whose reads all see the database at one moment. */
	static TransactionOperations readView(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return template;
	}

	/**
	 * Reads the visits in [from, to); call inside {@link #readView}.
	 * @param watermark every visit event up to this outbox id has been counted
	 */
	static DatabaseReading read(StationService stations, VisitService visits, CommunityService places,
			DomainEventFeed feed, long watermark, Instant from, Instant to) {
		// The first read opens the transaction's read view: the ids and the aggregates
		// below see the same commits.
		Set<Long> included = new HashSet<>(feed.committedIdsAfter(watermark, StationVisited.class));
		StationCounts counts = stations.counts();
		VisitCounters read = new VisitCounters();
		for (HourlyTownVisits row : visits.visitsByHourAndTown(from, to)) {
			read.add(row.epochHour(), row.townId(), row.visits());
		}
		return new DatabaseReading(counts, places.towns(), read, included);
	}

}

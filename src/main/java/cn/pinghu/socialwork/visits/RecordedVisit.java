package cn.pinghu.socialwork.visits;

/**
 * The result of recording a visit: the stored visit, and whether this call stored it
 * (false on a replay).
 */
public record RecordedVisit(VisitSummary visit, boolean created) {
}

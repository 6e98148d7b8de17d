package cn.pinghu.socialwork.stations;

/** Whether a station takes visitors. */
public enum StationStatus {

	OPEN, SUSPENDED, CLOSED

}

package cn.pinghu.socialwork.visits;

/**
 * How a visit reached the console: a station's device posted it to the API, or a rider
 * checked in on the station's page by scanning its QR code (扫码签到).
 */
public enum VisitChannel {

	DEVICE, QR

}

package cn.pinghu.socialwork.stations;

/** What a rider station offers. */
public enum Facility {

	WATER, HOT_WATER, CHARGING, BATTERY_CABINET, MICROWAVE, TOILET, SEATS, AIR_CONDITIONING, FIRST_AID, RAIN_GEAR, WIFI,
	BOOKS

}

package cn.pinghu.socialwork.visits;

/** 新就业群体: the kind of worker who visits a station. */
public enum WorkerKind {

	DELIVERY, COURIER, RIDE_HAILING, TRUCK, STREAMER, OTHER

}

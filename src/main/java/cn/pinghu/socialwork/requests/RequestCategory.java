package cn.pinghu.socialwork.requests;

/** What a rider's request is about. */
public enum RequestCategory {

	/** 劳动报酬与权益 */
	WAGES,
	/** 交通与停车 */
	TRAFFIC,
	/** 充电与休息 */
	CHARGING,
	/** 就餐 */
	MEALS,
	/** 事故与保险 */
	ACCIDENT,
	/** 与平台或商户纠纷 */
	DISPUTE,
	/** 其他 */
	OTHER

}

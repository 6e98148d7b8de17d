package cn.pinghu.socialwork.coverage;

/** What kind of activity a Party branch held. */
public enum ActivityKind {

	/** 三会一课: branch meetings and the Party lecture. */
	THREE_MEETINGS,
	/** 主题党日: the monthly theme day. */
	THEME_DAY,
	/** 培训: training. */
	TRAINING,
	/** 其他: anything else. */
	OTHER

}

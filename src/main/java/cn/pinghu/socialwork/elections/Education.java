package cn.pinghu.socialwork.elections;

/**
 * An elected member's highest education, in the steps the election records report; the
 * figures count {@link #collegeOrAbove() 大专及以上}.
 */
public enum Education {

	/** 小学及以下. */
	PRIMARY,

	/** 初中. */
	JUNIOR_HIGH,

	/** 高中、中专. */
	SENIOR_HIGH,

	/** 大专. */
	COLLEGE,

	/** 本科. */
	BACHELOR,

	/** 研究生. */
	POSTGRADUATE;

	/** 大专及以上: a college degree or higher. */
	public boolean collegeOrAbove() {
		return compareTo(COLLEGE) >= 0;
	}

}

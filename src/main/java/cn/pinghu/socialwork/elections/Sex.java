package cn.pinghu.socialwork.elections;

/** An elected member's sex, as the election records report it. */
public enum Sex {

	MALE, FEMALE

}

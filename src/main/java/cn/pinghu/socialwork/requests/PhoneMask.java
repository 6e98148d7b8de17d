package cn.pinghu.socialwork.requests;

/**
 * How a phone number reads to those who may not see it in full: a mobile number keeps its
 * first three and last four digits ({@code 138****1234}), a landline its area code and
 * last four digits ({@code 0573-****3456}).
 */
public final class PhoneMask {

	private static final String STARS = "****";

	private PhoneMask() {
	}

	public static String mask(String phone) {
		int dash = phone.indexOf('-');
		if (dash >= 0) {
			String local = phone.substring(dash + 1);
			return phone.substring(0, dash + 1) + STARS + local.substring(Math.max(0, local.length() - 4));
		}
		if (phone.length() < 8) {
			return STARS;
		}
		return phone.substring(0, 3) + STARS + phone.substring(phone.length() - 4);
	}

}

package cn.pinghu.socialwork.bench;

import java.util.Random;

import cn.pinghu.socialwork.organizations.CreditCode;

/**
 * Made-up unified social credit codes of Pinghu (division 330482) that pass GB 32100's
 * check: four in five of enterprises (91…), the rest of social organisations (51…, 52…).
 */
final class CreditCodes {

	/** The code's alphabet without the letters GB 32100 leaves out. */
	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CreditCodes() {
	}

	static String next(Random random) {
		double kind = random.nextDouble();
		String authority = (kind < 0.8) ? "91" : (kind < 0.9) ? "51" : "52";
		StringBuilder code = new StringBuilder(authority).append("330482MA");
		for (int i = 0; i < 7; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.append(CreditCode.checkCharacter(code.toString())).toString();
	}

}

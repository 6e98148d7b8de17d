package cn.pinghu.socialwork.organizations;

import java.util.concurrent.ThreadLocalRandom;

/** Valid credit codes no seed uses, for the organisations tests create. */
public final class TestCreditCodes {

	private TestCreditCodes() {
	}

	/** A random valid credit code of an organisation registered in Pinghu. */
	public static String next() {
		StringBuilder body = new StringBuilder("91330482T");
		for (int i = 0; i < 8; i++) {
			body.append(CreditCode.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CreditCode.ALPHABET.length())));
		}
		return body.toString() + CreditCode.checkCharacter(body.toString());
	}

}

package cn.pinghu.socialwork.elections;

import java.util.Locale;

/**
 * The election figures whose definition the user reads beside them, as a tooltip or a
 * footnote, on the dashboard, the wall page and in the weekly report. Each is computed in
 * {@link ElectionKpis}; its definition is the translation bundle's
 * {@link #definitionKey()}.
 */
public enum ElectionMeasure {

	/** 参选率: ballots ÷ registered voters, over the valid votes only. */
	TURNOUT,

	/** 重新选举: elections whose vote was invalid. */
	RE_VOTE,

	/** 另行选举: elections voting again for seats left open. */
	SUPPLEMENTARY_VOTE,

	/** Villagers' committees elected without a woman member. */
	WITHOUT_WOMAN,

	/** Members under 35, and the communities with at least one. */
	UNDER_35,

	/** 党组织换届完成: communities whose Party organisation's election is done. */
	PARTY_ELECTIONS,

	/**
	 * 一肩挑: communities whose committee director is the Party secretary ÷ those whose both
	 * elections are done and handed over.
	 */
	SECRETARY_IS_DIRECTOR,

	/** Average age and college share, the Party committees' and the two committees'. */
	AGE_AND_COLLEGE;

	/** The key of the definition in the translation bundle. */
	public String definitionKey() {
		return "elections.definition." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The key of the figure's short name in the translation bundle. */
	public String nameKey() {
		return "elections.measure." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}

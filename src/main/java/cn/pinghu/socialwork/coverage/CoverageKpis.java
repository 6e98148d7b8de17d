package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;

import cn.pinghu.socialwork.shared.Percentages;

/**
 * The drive's three KPIs over the organisations in scope, for a town or the city. Rates
 * are percentages, unrounded ({@link Percentages#percent}): a view rounds them once, as
 * it shows them ({@link Percentages#shown}). With nothing in scope they are zero.
 *
 * @param inScope active organisations in the drive's scope
 * @param organizationCovered those covered by a standalone, joint or industry branch
 * @param standalone those with their own branch
 * @param workCovered those with an instructor or a branch
 * @param organizationCoverageRate 组织覆盖率
 * @param standaloneRate 单独组建率
 * @param workCoverageRate 工作覆盖率
 */
public record CoverageKpis(long inScope, long organizationCovered, long standalone, long workCovered,
		BigDecimal organizationCoverageRate, BigDecimal standaloneRate, BigDecimal workCoverageRate) {

	public static CoverageKpis of(long inScope, long organizationCovered, long standalone, long workCovered) {
		return new CoverageKpis(inScope, organizationCovered, standalone, workCovered,
				rate(organizationCovered, inScope), rate(standalone, inScope), rate(workCovered, inScope));
	}

	/** The KPIs of several areas together: counts add up, rates are computed again. */
	public CoverageKpis plus(CoverageKpis other) {
		return of(this.inScope + other.inScope, this.organizationCovered + other.organizationCovered,
				this.standalone + other.standalone, this.workCovered + other.workCovered);
	}

	public static CoverageKpis none() {
		return of(0, 0, 0, 0);
	}

	static BigDecimal rate(long part, long whole) {
		return Percentages.percent(part, whole);
	}

}

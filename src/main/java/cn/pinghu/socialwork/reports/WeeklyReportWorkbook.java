package cn.pinghu.socialwork.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionMeasure;
import cn.pinghu.socialwork.reports.WeeklyFigures.CoverageLine;
import cn.pinghu.socialwork.reports.WeeklyFigures.DormantBranch;
import cn.pinghu.socialwork.reports.WeeklyFigures.ElectionLine;
import cn.pinghu.socialwork.reports.WeeklyFigures.OverdueStage;
import cn.pinghu.socialwork.reports.WeeklyFigures.RedTown;
import cn.pinghu.socialwork.shared.Percentages;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Writes the weekly report as an .xlsx with FastExcel, in Chinese: a sheet each for the
 * two coverages, the elections and the red items. Each sheet opens with the report's date
 * and period, then a bold header row.
 */
final class WeeklyReportWorkbook {

	/** The report is an official document in Chinese, whoever downloads it. */
	static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	/** The row of each sheet's headers; the data starts below it. */
	static final int HEADER_ROW = 1;

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private final MessageSource messages;

	/** The region's name, which the file's name and every heading carry. */
	private final String region;

	WeeklyReportWorkbook(MessageSource messages, String region) {
		this.messages = messages;
		this.region = region;
	}

	String fileName(LocalDate today) {
		return text("report.weekly.file", this.region, today.toString()) + ".xlsx";
	}

	void write(WeeklyFigures figures, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "social-work-console", "1.0");
		writeCoverage(workbook, figures);
		writeElections(workbook, figures);
		writeRedItems(workbook, figures);
		workbook.finish();
	}

	private void writeCoverage(Workbook workbook, WeeklyFigures figures) {
		Sheet sheet = sheet(workbook, figures, "report.weekly.sheet.coverage", "town", "in-scope", "organization-rate",
				"standalone-rate", "work-rate", "target", "signal", "organization-rate-change",
				"standalone-rate-change", "work-rate-change", "compared-on");
		for (CoverageLine line : figures.coverage()) {
			sheet.row(line.name(), line.kpis().inScope(), shown(line.kpis().organizationCoverageRate()),
					shown(line.kpis().standaloneRate()), shown(line.kpis().workCoverageRate()),
					shown(line.targetRate()),
					(line.signal() != null) ? text("report.weekly.signal." + line.signal().name()) : null,
					shown(line.organizationRateChange()), shown(line.standaloneRateChange()),
					shown(line.workRateChange()), line.comparedOn());
		}
	}

	private void writeElections(Workbook workbook, WeeklyFigures figures) {
		Sheet sheet = sheet(workbook, figures, "report.weekly.sheet.elections", "town", "communities", "completed",
				"completion-rate", "turnout", "secretary-is-director-rate", "women-share", "overdue",
				"completed-this-week", "re-votes", "supplementary-votes", "without-woman", "under-35-rate",
				"with-under-35");
		if (figures.elections().isEmpty()) {
			sheet.row(text("report.weekly.no-round"));
		}
		for (ElectionLine line : figures.elections()) {
			ElectionKpis kpis = line.kpis();
			sheet.row(line.name(), kpis.communities(), kpis.completed(), shown(kpis.completionRate()),
					shown(kpis.turnout()), shown(kpis.secretaryIsDirectorRate()), shown(kpis.womenShare()),
					kpis.overdue(), line.completedThisWeek(), kpis.reVotes(), kpis.supplementaryVotes(),
					kpis.committeesWithoutWoman(), shown(kpis.under35Rate()), kpis.withUnder35());
		}
		if (!figures.elections().isEmpty()) {
			// the figures' definitions, as footnotes below the table
			sheet.row();
			for (ElectionMeasure measure : ElectionMeasure.values()) {
				sheet.row(text(measure.nameKey()) + "：" + text(measure.definitionKey()));
			}
		}
	}

	private void writeRedItems(Workbook workbook, WeeklyFigures figures) {
		Sheet sheet = sheet(workbook, figures, "report.weekly.sheet.red", "kind", "item", "town", "detail", "since",
				"owners");
		for (RedTown town : figures.redTowns()) {
			sheet.row(
					text("report.weekly.kind.coverage"), town.town(), town.town(), text("report.weekly.detail.coverage",
							Percentages.shown(town.organizationRate()).toPlainString(), (town.expectedRate() != null)
									? Percentages.shown(town.expectedRate()).toPlainString() : "—"),
					null, owners(town.owners()));
		}
		for (DormantBranch branch : figures.dormantBranches()) {
			sheet.row(text("report.weekly.kind.dormant"), branch.organization(), branch.town(),
					text("report.weekly.detail.dormant", String.valueOf(branch.quietDays())), null,
					(branch.owner() != null) ? branch.owner() : text("report.weekly.no-owner"));
		}
		for (OverdueStage stage : figures.overdueStages()) {
			sheet.row(text("report.weekly.kind.election"), stage.community(), stage.town(),
					text("elections.stage." + stage.stage().name()), stage.dueOn(), owners(stage.owners()));
		}
	}

	/**
	 * A rate or its change in points, rounded once as the console shows it.
	 */
	private static @Nullable BigDecimal shown(@Nullable BigDecimal percent) {
		return (percent != null) ? Percentages.shown(percent) : null;
	}

	private String owners(List<String> owners) {
		return owners.isEmpty() ? text("report.weekly.no-owner") : String.join("、", owners);
	}

	private Sheet sheet(Workbook workbook, WeeklyFigures figures, String nameKey, String... columns) {
		Worksheet worksheet = workbook.newWorksheet(text(nameKey));
		worksheet.value(0, 0, text("report.weekly.heading", this.region, figures.today().toString(),
				figures.weekAgo().toString(), figures.today().toString()));
		worksheet.style(0, 0).bold().set();
		for (int column = 0; column < columns.length; column++) {
			worksheet.value(HEADER_ROW, column, text("report.weekly.column." + columns[column]));
			worksheet.width(column, (column == 0) ? 24 : 14);
		}
		worksheet.range(HEADER_ROW, 0, HEADER_ROW, columns.length - 1).style().bold().set();
		worksheet.freezePane(0, HEADER_ROW + 1);
		return new Sheet(worksheet);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LOCALE);
	}

	/** A worksheet filled row by row below its header. */
	private static final class Sheet {

		private final Worksheet worksheet;

		private int nextRow = HEADER_ROW + 1;

		Sheet(Worksheet worksheet) {
			this.worksheet = worksheet;
		}

		void row(@Nullable Object... values) {
			for (int column = 0; column < values.length; column++) {
				Object value = values[column];
				if (value instanceof Number number) {
					this.worksheet.value(this.nextRow, column, number);
				}
				else if (value instanceof LocalDate day) {
					this.worksheet.value(this.nextRow, column, day);
					this.worksheet.style(this.nextRow, column).format(DATE_FORMAT).set();
				}
				else if (value != null) {
					this.worksheet.value(this.nextRow, column, value.toString());
				}
			}
			this.nextRow++;
		}

	}

}

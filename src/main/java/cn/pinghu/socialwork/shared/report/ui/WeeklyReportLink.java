package cn.pinghu.socialwork.shared.report.ui;

import java.io.OutputStream;

import cn.pinghu.socialwork.shared.report.WeeklyReport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The "下载周报" link: the report is written while it downloads. Shown only to users who may
 * download it.
 */
public class WeeklyReportLink extends Anchor {

	public WeeklyReportLink(WeeklyReport report) {
		super(download(report), AttachmentType.DOWNLOAD, "");
		add(VaadinIcon.DOWNLOAD.create());
		add(getTranslation("report.weekly.download"));
		addClassName("weekly-report");
		getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
		setVisible(report.mayDownload());
	}

	private static DownloadHandler download(WeeklyReport report) {
		return event -> {
			event.setFileName(report.fileName());
			event.setContentType(WeeklyReport.CONTENT_TYPE);
			try (OutputStream out = event.getOutputStream()) {
				report.write(out);
			}
		};
	}

}

package cn.pinghu.socialwork.shared.transfer.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.ui.MasterDataGrid;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The "导出" menu of a master-data list: the rows its filters find now, as .xlsx or as CSV,
 * named like {@code 村社区-2026-11-28.xlsx}. The file is written while it downloads, page by
 * page, by the feature's service.
 *
 * @param <F> the list's filter type
 */
public class ExportMenu<F> extends Composite<MenuBar> {

	/** Writes the rows a filter finds in a format; a feature service's export method. */
	@FunctionalInterface
	public interface Export<F> extends Serializable {

		void write(F filter, SheetFormat format, OutputStream out) throws IOException;

	}

	private final Map<SheetFormat, Anchor> links = new EnumMap<>(SheetFormat.class);

	/**
	 * @param list the list whose current filter is exported
	 * @param baseName the file's name before the date, such as "村社区"
	 */
	public ExportMenu(MasterDataGrid<?, F> list, Export<F> export, String baseName, Clock clock, ZoneId zone) {
		MenuBar menu = getContent();
		menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
		menu.addClassName("export-menu");
		MenuItem root = menu.addItem(VaadinIcon.DOWNLOAD.create());
		root.add(getTranslation("transfer.export"));
		for (SheetFormat format : SheetFormat.values()) {
			DownloadHandler handler = event -> {
				AtomicReference<F> filter = new AtomicReference<>();
				// the fields belong to the UI: read them under its lock
				event.getUI().accessSynchronously(() -> filter.set(list.currentFilter()));
				event.setFileName(baseName + "-" + LocalDate.now(clock.withZone(zone)) + "." + format.extension());
				event.setContentType(format.contentType());
				try (OutputStream out = event.getOutputStream()) {
					export.write(filter.get(), format, out);
				}
			};
			Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD,
					getTranslation("transfer.export." + format.name()));
			link.addClassName("export-" + format.extension());
			this.links.put(format, link);
			root.getSubMenu().addItem(link);
		}
	}

	/** The download link of a format. */
	public Anchor link(SheetFormat format) {
		return this.links.get(format);
	}

}

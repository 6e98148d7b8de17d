package cn.pinghu.socialwork.stations.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import cn.pinghu.socialwork.shared.ui.Notices;
import cn.pinghu.socialwork.stations.PosterRefusedException;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationPosterService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The poster downloads of the station list, written while they download, as the list's
 * export is. Where production refuses posters (no public address), each download is a
 * button that says why instead. A refusal that comes up during a download (the station
 * was archived meanwhile) is shown as a notice, and the download fails.
 */
final class PosterDownloads implements Serializable {

	/** Characters a file name had better not hold, on any system the file is saved to. */
	private static final String UNSAFE_IN_FILE_NAMES = "[\\\\/:*?\"<>|\\s]+";

	private final transient StationPosterService posters;

	private final Clock clock;

	private final ZoneId zone;

	PosterDownloads(StationPosterService posters, Clock clock, ZoneId zone) {
		this.posters = posters;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * The poster of the station the supplier names when the download starts, named after
	 * its code and name.
	 */
	Component station(String className, SerializableSupplier<@Nullable StationDetails> station) {
		return link(className, VaadinIcon.FILE_TEXT_O, "stations.poster.download", ui -> {
			StationDetails current = station.get();
			return (current == null) ? null
					: new Download(fileName(ui, "stations.poster.file", current.code(), current.name()),
							(base, out) -> this.posters.writePoster(current.id(), base, out));
		});
	}

	/** One PDF with the posters of every station in the user's towns. */
	Component all(String className) {
		return link(className, VaadinIcon.PRINT, "stations.poster.download-all",
				ui -> new Download(
						fileName(ui, "stations.poster.all-file", LocalDate.now(this.clock.withZone(this.zone))),
						this.posters::writeAllPosters));
	}

	private Component link(String className, VaadinIcon icon, String textKey, Choice choice) {
		UI ui = UI.getCurrent();
		String text = ui.getTranslation(textKey);
		Optional<String> refusal = this.posters.refusal();
		if (refusal.isPresent()) {
			String reason = ui.getTranslation(refusal.get());
			Button refused = new Button(text, icon.create(), click -> Notices.error(reason));
			refused.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			refused.addClassName(className);
			refused.setTooltipText(reason);
			return refused;
		}
		Anchor link = new Anchor(event -> download(event, choice), AttachmentType.DOWNLOAD, "");
		link.add(icon.create());
		link.add(text);
		link.addClassName(className);
		link.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
		return link;
	}

	private static void download(DownloadEvent event, Choice choice) throws IOException {
		UI ui = event.getUI();
		AtomicReference<@Nullable Download> chosen = new AtomicReference<>();
		// the form's state belongs to the UI: read it under its lock
		ui.accessSynchronously(() -> chosen.set(choice.choose(ui)));
		Download download = chosen.get();
		if (download == null) {
			event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		event.setFileName(download.fileName());
		event.setContentType(StationPosterService.CONTENT_TYPE);
		// opened on the first byte, so that a refusal before it can still answer 409
		try (OutputStream out = new OpenedOnFirstWrite(event)) {
			download.writer().write(requestBase(event.getRequest()), out);
		}
		catch (PosterRefusedException ex) {
			event.getResponse().setStatus(HttpServletResponse.SC_CONFLICT);
			ui.access(() -> Notices.error(ui.getTranslation(ex.messageKey())));
		}
	}

	/** The address this request came to, such as {@code http://localhost:8080}. */
	static @Nullable String requestBase(@Nullable VaadinRequest request) {
		if (request instanceof VaadinServletRequest servlet) {
			return ServletUriComponentsBuilder.fromContextPath(servlet.getHttpServletRequest()).toUriString();
		}
		return null;
	}

	private static String fileName(UI ui, String key, Object... arguments) {
		return ui.getTranslation(key, arguments).replaceAll(UNSAFE_IN_FILE_NAMES, "_");
	}

	/** Writes posters to a download: a call of the poster service. */
	@FunctionalInterface
	private interface Writer extends Serializable {

		void write(@Nullable String requestBase, OutputStream out) throws IOException;

	}

	/** What a download writes, chosen when it starts; {@code null} for nothing. */
	@FunctionalInterface
	private interface Choice extends Serializable {

		@Nullable Download choose(UI ui);

	}

	private record Download(String fileName, Writer writer) {
	}

	/** The download's stream, opened when the first byte is written. */
	private static final class OpenedOnFirstWrite extends OutputStream {

		private final DownloadEvent event;

		private @Nullable OutputStream out;

		OpenedOnFirstWrite(DownloadEvent event) {
			this.event = event;
		}

		private OutputStream out() {
			OutputStream opened = this.out;
			if (opened == null) {
				opened = this.event.getOutputStream();
				this.out = opened;
			}
			return opened;
		}

		@Override
		public void write(int b) throws IOException {
			out().write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out().write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			if (this.out != null) {
				this.out.flush();
			}
		}

		@Override
		public void close() throws IOException {
			if (this.out != null) {
				this.out.close();
			}
		}

	}

}

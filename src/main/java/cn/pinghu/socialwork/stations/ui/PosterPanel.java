package cn.pinghu.socialwork.stations.ui;

import cn.pinghu.socialwork.stations.PosterRefusedException;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationPosterService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;

/**
 * The poster tab of the station form: what the poster is for, the address its QR code
 * leads to, and the download of the station's poster, for a station in the user's towns.
 */
class PosterPanel extends VerticalLayout {

	private final transient StationPosterService posters;

	final Paragraph address = new Paragraph();

	final Paragraph state = new Paragraph();

	final Component download;

	private @Nullable StationDetails station;

	PosterPanel(StationPosterService posters, PosterDownloads downloads) {
		this.posters = posters;
		addClassName("station-poster");
		setPadding(false);
		this.address.addClassName("poster-address");
		this.state.addClassName("poster-state");
		this.download = downloads.station("poster-download", () -> this.station);
		add(new Paragraph(getTranslation("stations.poster.explanation")), this.address, this.state, this.download);
	}

	/** Shows the poster of a station; {@code null} for a station not yet saved. */
	void show(@Nullable StationDetails details) {
		this.station = details;
		String problem = null;
		if (details == null) {
			problem = "stations.poster.unsaved";
		}
		else if (details.archived()) {
			problem = PosterRefusedException.ARCHIVED;
		}
		else if (!this.posters.mayPrint(details)) {
			problem = "stations.poster.not-yours";
		}
		this.state.setText((problem != null) ? getTranslation(problem) : "");
		this.state.setVisible(problem != null);
		this.download.setVisible(problem == null);
		boolean addressKnown = details != null && this.posters.refusal().isEmpty();
		this.address.setVisible(addressKnown);
		if (addressKnown) {
			this.address.setText(getTranslation("stations.poster.address", this.posters.checkInAddress(details.id(),
					PosterDownloads.requestBase(VaadinRequest.getCurrent()))));
		}
	}

}

package cn.pinghu.socialwork.stations.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.OneTimeSecretDialog;
import cn.pinghu.socialwork.stations.IssuedApiKey;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * The API-key tab of the station form: when the valid key was issued, and buttons to
 * issue or rotate it (the new key is shown once) and to revoke it, each after a
 * confirmation.
 */
class ApiKeyPanel extends VerticalLayout {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final transient StationService stations;

	private final ZoneId zone;

	final Paragraph state = new Paragraph();

	final Button rotate = new Button();

	final Button revoke = new Button();

	private @Nullable StationDetails station;

	/** The dialog that shows the last key issued here, for tests. */
	@Nullable OneTimeSecretDialog shown;

	ApiKeyPanel(StationService stations, ZoneId zone) {
		this.stations = stations;
		this.zone = zone;
		addClassName("station-api-key");
		setPadding(false);
		this.state.addClassName("api-key-state");
		this.rotate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.rotate.addClassName("api-key-rotate");
		this.rotate.addClickListener(click -> confirmRotate());
		this.revoke.setText(getTranslation("stations.api-key.revoke"));
		this.revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.revoke.addClassName("api-key-revoke");
		this.revoke.addClickListener(click -> confirmRevoke());
		add(new Paragraph(getTranslation("stations.api-key.explanation")), this.state,
				new HorizontalLayout(this.rotate, this.revoke));
	}

	/** Shows the key state of a station; {@code null} for a station not yet saved. */
	void show(@Nullable StationDetails details) {
		this.station = details;
		if (details == null) {
			this.state.setText(getTranslation("stations.api-key.unsaved"));
			this.rotate.setVisible(false);
			this.revoke.setVisible(false);
			return;
		}
		Optional<Instant> issuedAt = this.stations.apiKeyIssuedAt(details.id());
		this.state
			.setText(issuedAt.map(at -> getTranslation("stations.api-key.active", TIME.format(at.atZone(this.zone))))
				.orElseGet(() -> getTranslation("stations.api-key.none")));
		this.rotate
			.setText(getTranslation(issuedAt.isPresent() ? "stations.api-key.rotate" : "stations.api-key.issue"));
		this.rotate.setVisible(true);
		this.revoke.setVisible(issuedAt.isPresent());
	}

	private void confirmRotate() {
		StationDetails current = this.station;
		if (current == null) {
			return;
		}
		if (this.stations.apiKeyIssuedAt(current.id()).isEmpty()) {
			issue(current);
			return;
		}
		ConfirmDialog dialog = Confirmation.of("api-key-rotate-confirm",
				getTranslation("stations.api-key.rotate.header"),
				getTranslation("stations.api-key.rotate.text", current.code()),
				getTranslation("stations.api-key.rotate"));
		dialog.addConfirmListener(event -> issue(current));
		dialog.open();
	}

	private void confirmRevoke() {
		StationDetails current = this.station;
		if (current == null) {
			return;
		}
		ConfirmDialog dialog = Confirmation.dangerous("api-key-revoke-confirm",
				getTranslation("stations.api-key.revoke.header"),
				getTranslation("stations.api-key.revoke.text", current.code()),
				getTranslation("stations.api-key.revoke"));
		dialog.addConfirmListener(event -> {
			this.stations.revokeApiKey(current.id());
			show(current);
		});
		dialog.open();
	}

	private void issue(StationDetails current) {
		IssuedApiKey key = this.stations.rotateApiKey(current.id());
		OneTimeSecretDialog dialog = new OneTimeSecretDialog(getTranslation("stations.api-key.issued.header"),
				getTranslation("stations.api-key.issued.text", key.stationCode()), key.key());
		this.shown = dialog;
		dialog.open();
		show(current);
	}

}

package cn.pinghu.socialwork.stations.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.region.BoundingBox;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.Notices;
import cn.pinghu.socialwork.shared.ui.SideForm;
import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationDraft;
import cn.pinghu.socialwork.stations.StationLocation;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;

/**
 * Creates, edits, archives and restores one station, with its history, (for
 * administrators) its API key and (for those who print them) its poster in further tabs.
 * A station the user may not change opens read-only.
 */
class StationForm extends SideForm<StationDetails, StationDraft> {

	private final transient StationService stations;

	private final transient CommunityService places;

	private final StationHistory history;

	private final @Nullable ApiKeyPanel apiKey;

	/** The poster tab, for users who print posters; {@code null} for leaders. */
	final @Nullable PosterPanel poster;

	final TextField code = new TextField();

	final TextField name = new TextField();

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<Long> community = new ComboBox<>();

	final TextField address = new TextField();

	final BigDecimalField latitude = new BigDecimalField();

	final BigDecimalField longitude = new BigDecimalField();

	final TextField hostUnit = new TextField();

	final MultiSelectComboBox<Facility> facilities = new MultiSelectComboBox<>();

	final TextField openingHours = new TextField();

	final ComboBox<StationStatus> status = new ComboBox<>();

	final IntegerField capacity = new IntegerField();

	final Button restore = new Button();

	/** Community names by id, for the communities of the chosen town. */
	private Map<Long, String> communityNames = Map.of();

	StationForm(StationService stations, CommunityService places, RegionService region, List<Long> townIds,
			Map<Long, String> townNames, ZoneId zone, @Nullable PosterPanel poster, SerializableRunnable onChanged) {
		super(StationDraft.class, onChanged);
		this.stations = stations;
		this.places = places;
		this.history = new StationHistory(zone, townNames);
		field(this.code, "stations.column.code", "code");
		field(this.name, "stations.column.name", "name");
		field(this.town, "stations.column.town", "townId");
		field(this.community, "stations.column.community", "communityId");
		field(this.address, "stations.column.address", "address");
		coordinate(this.latitude, "stations.column.latitude", StationLocation.LATITUDE,
				value -> StationLocation.latitudeProblem(region.current(), value));
		coordinate(this.longitude, "stations.column.longitude", StationLocation.LONGITUDE,
				value -> StationLocation.longitudeProblem(region.current(), value));
		optionalText(this.hostUnit, "stations.column.host-unit", "hostUnit");
		field(this.facilities, "stations.column.facilities", "facilities");
		optionalText(this.openingHours, "stations.column.opening-hours", "openingHours");
		field(this.status, "stations.column.status", "status");
		field(this.capacity, "stations.column.capacity", "capacity");
		this.town.setItems(townIds);
		this.town.setItemLabelGenerator(id -> townNames.getOrDefault(id, ""));
		this.town.addValueChangeListener(event -> loadCommunities(event.getValue()));
		this.community.setItemLabelGenerator(id -> this.communityNames.getOrDefault(id, String.valueOf(id)));
		this.community.setClearButtonVisible(true);
		BoundingBox box = region.current().boundingBox();
		if (box != null) {
			// the middle of the region's box, as an example of the coordinates it takes
			this.latitude.setPlaceholder(middle(box.minLatitude(), box.maxLatitude()));
			this.longitude.setPlaceholder(middle(box.minLongitude(), box.maxLongitude()));
		}
		this.openingHours.setPlaceholder("08:00-20:00");
		this.facilities.setItems(Facility.values());
		this.facilities.setItemLabelGenerator(value -> getTranslation("station.facility." + value.name()));
		this.status.setItems(StationStatus.values());
		this.status.setItemLabelGenerator(value -> getTranslation("station.status." + value.name()));
		this.restore.setText(getTranslation("stations.restore"));
		this.restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.restore.addClassName("station-restore");
		this.restore.addClickListener(click -> confirmRestore());
		fields().add(this.restore);
		addTab(getTranslation("masterdata.tab.history"), this.history);
		if (stations.mayManageApiKeys()) {
			this.apiKey = new ApiKeyPanel(stations, zone);
			addTab(getTranslation("stations.tab.api-key"), this.apiKey);
		}
		else {
			this.apiKey = null;
		}
		this.poster = poster;
		if (poster != null) {
			addTab(getTranslation("stations.poster.tab"), poster);
		}
		setOnArchive(this::archive);
	}

	/**
	 * A coordinate field, checked as it is entered against the region's bounding box; the
	 * outline, which needs both coordinates, is the service's check on save.
	 */
	private void coordinate(BigDecimalField field, String labelKey, String property,
			SerializableFunction<BigDecimal, @Nullable TransferMessage> problem) {
		field.setLabel(getTranslation(labelKey));
		fields().add(field);
		binder().forField(field).withValidator((value, context) -> {
			TransferMessage message = (value != null) ? problem.apply(value) : null;
			return (message == null) ? ValidationResult.ok()
					: ValidationResult.error(getTranslation(message.key(), message.argumentArray()));
		}).bind(property);
	}

	private static String middle(BigDecimal min, BigDecimal max) {
		return min.add(max).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).toPlainString();
	}

	/** Opens an empty form for a new station in the given town. */
	void create(@Nullable Long townId) {
		StationDraft draft = new StationDraft();
		draft.setTownId(townId);
		open(getTranslation("stations.form.new"), null, draft, false);
		setEditable(true);
		this.restore.setVisible(false);
		this.history.show(List.of());
		if (this.apiKey != null) {
			this.apiKey.show(null);
		}
		if (this.poster != null) {
			this.poster.show(null);
		}
	}

	@Override
	public void edit(StationDetails summary) {
		boolean editable = this.stations.mayEdit(summary);
		open(getTranslation("stations.form.edit", summary.name()), summary, StationDraft.of(summary),
				editable && !summary.archived());
		setEditable(editable);
		this.restore.setVisible(editable && summary.archived());
		this.history.show(this.stations.stationHistory(summary.id()));
		if (this.apiKey != null) {
			this.apiKey.show(summary);
		}
		if (this.poster != null) {
			this.poster.show(summary);
		}
	}

	@Override
	protected StationDetails reread(StationDetails summary) {
		return this.stations.station(summary.id());
	}

	@Override
	protected void store(StationDraft draft) {
		createOrUpdate(draft, this.stations::createStation,
				(current, changed) -> this.stations.updateStation(current.id(), changed),
				saved -> getTranslation("stations.saved", saved.name()));
	}

	private void loadCommunities(@Nullable Long townId) {
		if (townId == null) {
			this.communityNames = Map.of();
		}
		else {
			this.communityNames = this.places
				.communities(new CommunityFilter(null, townId, null, false), Pageable.unpaged())
				.stream()
				.collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name, (a, b) -> a,
						LinkedHashMap::new));
		}
		Long chosen = this.community.getValue();
		this.community.setItems(this.communityNames.keySet());
		if (chosen != null && this.communityNames.containsKey(chosen)) {
			this.community.setValue(chosen);
		}
		else {
			this.community.clear();
		}
	}

	private void archive(StationDetails current) {
		StationDetails archived = this.stations.archiveStation(current.id(), current.version());
		done(getTranslation("stations.archived", archived.name()));
	}

	private void confirmRestore() {
		confirmThen(
				current -> Confirmation.of("station-restore-confirm", getTranslation("stations.restore.header"),
						getTranslation("stations.restore.text", current.name()), getTranslation("stations.restore")),
				this::restoreArchived);
	}

	private void restoreArchived(StationDetails current) {
		StationDetails restored = this.stations.restoreStation(current.id(), current.version());
		Notices.success(getTranslation("stations.restored", restored.name()));
		changed();
		edit(restored);
	}

}

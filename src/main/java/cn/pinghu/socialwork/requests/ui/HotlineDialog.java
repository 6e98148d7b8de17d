package cn.pinghu.socialwork.requests.ui;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.requests.HotlineRequest;
import cn.pinghu.socialwork.requests.RequestCategory;
import cn.pinghu.socialwork.requests.RiderRequestService;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationFilter;
import cn.pinghu.socialwork.stations.StationService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

import org.springframework.data.domain.Pageable;

/** 录入热线诉求: a request that came in by the hotline, for one of the user's towns. */
class HotlineDialog extends RequestDialog {

	/** The most stations offered for one town. */
	private static final int MAX_STATIONS = 500;

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<StationDetails> station = new ComboBox<>();

	final ComboBox<RequestCategory> category = new ComboBox<>();

	final TextArea text = new TextArea();

	final TextField phone = new TextField();

	private final transient RiderRequestService requests;

	HotlineDialog(RiderRequestService requests, StationService stations, SerializableRunnable onSaved) {
		super(onSaved);
		this.requests = requests;
		setHeaderTitle(getTranslation("requests.hotline.title"));
		saveButton().setText(getTranslation("requests.hotline.save"));
		addClassName("request-hotline-dialog");
		Map<Long, String> towns = requests.hotlineTowns();
		this.town.setLabel(getTranslation("requests.hotline.town"));
		this.town.setItems(List.copyOf(towns.keySet()));
		this.town.setItemLabelGenerator(id -> towns.getOrDefault(id, ""));
		this.town.setRequired(true);
		this.station.setLabel(getTranslation("requests.hotline.station"));
		this.station.setItemLabelGenerator(StationDetails::name);
		this.station.setClearButtonVisible(true);
		this.station.setEnabled(false);
		this.town.addValueChangeListener(event -> {
			this.station.clear();
			this.station.setEnabled(event.getValue() != null);
			if (event.getValue() != null) {
				this.station.setItems(stations
					.stations(new StationFilter(null, event.getValue(), null, false), Pageable.ofSize(MAX_STATIONS))
					.getContent());
			}
		});
		if (towns.size() == 1) {
			this.town.setValue(towns.keySet().iterator().next());
		}
		this.category.setLabel(getTranslation("requests.hotline.category"));
		this.category.setItems(RequestCategory.values());
		this.category.setItemLabelGenerator(value -> getTranslation("requests.category." + value.name()));
		this.category.setRequired(true);
		this.text.setLabel(getTranslation("requests.hotline.text"));
		this.text.setMaxLength(RiderRequestService.MAX_TEXT);
		this.text.setRequired(true);
		this.text.setMinHeight("8rem");
		this.phone.setLabel(getTranslation("requests.hotline.phone"));
		this.phone.setMaxLength(16);
		Paragraph note = new Paragraph(getTranslation("requests.hotline.phone-note"));
		note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
		form().add(this.town, this.station, this.category, this.text, this.phone, note);
	}

	@Override
	protected void submit() {
		StationDetails chosen = this.station.getValue();
		this.requests.fileHotline(new HotlineRequest(this.town.getValue(), (chosen != null) ? chosen.id() : null,
				this.category.getValue(), this.text.getValue(), this.phone.getValue()));
	}

	@Override
	protected String savedKey() {
		return "requests.hotline.saved";
	}

}

package cn.pinghu.socialwork.shared.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * A map of dots on the region's outline, drawn as SVG in the browser
 * ({@code frontend/station-map.ts}): no tiles, nothing fetched from the internet. Give it
 * the region ({@link #setRegion}), its dots with {@link #setDots} whenever they change
 * (dots are kept by id, so a changed one is recoloured in place), and make dots pulse
 * with {@link #pulse}. The element carries {@value #DOT_COUNT_ATTRIBUTE}, the number of
 * dots.
 */
@Tag("station-map")
@JsModule("./station-map.ts")
public class StationMap extends Component implements HasSize, HasStyle {

	/** The attribute that holds the number of dots. */
	public static final String DOT_COUNT_ATTRIBUTE = "data-stations";

	/**
	 * Division codes whose outline ships with the console ({@code frontend/map/}), more
	 * exact than the one a region pack draws by hand: the browser draws that one.
	 */
	static final Set<String> SHIPPED_OUTLINES = Set.of("330482");

	/**
	 * An outline larger than this is not sent to the browsers: they draw the dots alone.
	 */
	static final int MAX_OUTLINE_CHARS = 512 * 1024;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern STATE = Pattern.compile("[A-Z][A-Z_]*");

	private List<Dot> dots = List.of();

	public StationMap() {
		getElement().setAttribute(DOT_COUNT_ATTRIBUTE, "0");
	}

	/**
	 * One dot: a station's id, where it lies, its state (an enum's name, such as
	 * {@code OPEN}: its colour) and the label it shows on hover.
	 */
	public record Dot(long id, double latitude, double longitude, String state, String label) {

		public Dot {
			if (!STATE.matcher(state).matches()) {
				throw new IllegalArgumentException("Not a dot's state: " + state);
			}
		}

	}

	/** One entry of the legend: a state and what it means. */
	public record LegendEntry(String state, String label) {
	}

	/**
	 * The region the dots lie in: its division code, which names an outline shipped with
	 * the console if there is one, else its outline as GeoJSON (from its region pack or
	 * an upload), if any.
	 */
	public void setRegion(@Nullable String divisionCode, @Nullable String outlineGeoJson) {
		String code = (divisionCode == null) ? "" : divisionCode;
		getElement().setProperty("regionCode", code);
		boolean sendOutline = !SHIPPED_OUTLINES.contains(code) && outlineGeoJson != null
				&& outlineGeoJson.length() <= MAX_OUTLINE_CHARS;
		getElement().setProperty("outline", sendOutline ? outlineGeoJson : "");
	}

	/** The legend, in order. */
	public void setLegend(List<LegendEntry> entries) {
		ArrayNode legend = JSON.createArrayNode();
		entries.forEach(entry -> legend.addArray().add(entry.state()).add(entry.label()));
		getElement().setProperty("legend", legend.toString());
	}

	/** Shows these dots, in place of those before. */
	public void setDots(List<Dot> dots) {
		this.dots = List.copyOf(dots);
		ArrayNode shown = JSON.createArrayNode();
		for (Dot dot : this.dots) {
			shown.addArray().add(dot.id()).add(dot.latitude()).add(dot.longitude()).add(dot.state()).add(dot.label());
		}
		getElement().setProperty("dots", shown.toString());
		getElement().setAttribute(DOT_COUNT_ATTRIBUTE, Integer.toString(this.dots.size()));
	}

	public List<Dot> getDots() {
		return this.dots;
	}

	/** Makes the dots of these ids pulse once; ids without a dot are passed over. */
	public void pulse(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			getElement().callJsFunction("pulse", JSON.valueToTree(new ArrayList<>(ids)).toString());
		}
	}

	/** Calls the listener when somebody clicks a dot. */
	public Registration addDotClickListener(ComponentEventListener<DotClickEvent> listener) {
		getStyle().set("--station-map-cursor", "pointer");
		return addListener(DotClickEvent.class, listener);
	}

	/** A click on a dot: the id is the dot's. */
	@DomEvent("station-click")
	public static class DotClickEvent extends ComponentEvent<StationMap> {

		private final long id;

		public DotClickEvent(StationMap source, boolean fromClient, @EventData("event.detail.id") long id) {
			super(source, fromClient);
			this.id = id;
		}

		public long getId() {
			return this.id;
		}

	}

}

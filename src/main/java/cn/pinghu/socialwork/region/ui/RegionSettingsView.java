package cn.pinghu.socialwork.region.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.region.BoundingBox;
import cn.pinghu.socialwork.region.RegionDraft;
import cn.pinghu.socialwork.region.RegionOutline;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.region.RegionSetting;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;

/**
 * 辖区设置 for administrators: the region's name, division code, department and time zone,
 * and its outline (a GeoJSON upload, previewed by its bounding box before it is saved).
 * Without an outline the bounding box is entered by hand; with one it is the outline's.
 * Enter saves; replacing or removing a stored outline asks first. A refused value is
 * shown at its field and nothing is stored.
 */
@Route(RegionSettingsView.ROUTE)
@Menu(title = "nav.region-settings", order = 84, icon = "vaadin:map-marker")
@RolesAllowed(Role.Names.ADMIN)
class RegionSettingsView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "settings/region";

	static final String STATUS_ID = "region-settings-status";

	/**
	 * The first-run setup's page (feature {@code setup}), where the steps are finished
	 * later.
	 */
	static final String SETUP_ROUTE = "setup";

	final Button openSetup = new Button();

	final TextField name = new TextField();

	final TextField divisionCode = new TextField();

	final TextField department = new TextField();

	final ComboBox<String> timeZone = new ComboBox<>();

	final BigDecimalField minLatitude = new BigDecimalField();

	final BigDecimalField maxLatitude = new BigDecimalField();

	final BigDecimalField minLongitude = new BigDecimalField();

	final BigDecimalField maxLongitude = new BigDecimalField();

	final OutlinePanel outline;

	final Paragraph status = new Paragraph();

	final Button save = new Button();

	private final transient RegionService regions;

	private final Map<String, HasValidation> fieldsByName;

	private long version;

	RegionSettingsView(RegionService regions, @Value("${console.zone}") ZoneId consoleZone) {
		this.regions = regions;
		this.outline = new OutlinePanel(this::showBox);
		setMaxWidth("48rem");
		label(this.name, "region.field.name", "region.field.name-help");
		label(this.divisionCode, "region.field.division-code", "region.field.division-code-help");
		this.divisionCode.setMaxLength(6);
		this.divisionCode.setAllowedCharPattern("[0-9]");
		label(this.department, "region.field.department", "region.field.department-help");
		this.timeZone.setLabel(getTranslation("region.field.time-zone"));
		this.timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
		this.minLatitude.setLabel(getTranslation("region.field.min-latitude"));
		this.maxLatitude.setLabel(getTranslation("region.field.max-latitude"));
		this.minLongitude.setLabel(getTranslation("region.field.min-longitude"));
		this.maxLongitude.setLabel(getTranslation("region.field.max-longitude"));
		this.fieldsByName = Map.of("name", this.name, "divisionCode", this.divisionCode, "department", this.department,
				"timeZone", this.timeZone);
		FormLayout fields = new FormLayout(this.name, this.divisionCode, this.department, this.timeZone,
				this.minLatitude, this.maxLatitude, this.minLongitude, this.maxLongitude);
		this.status.setId(STATUS_ID);
		Paragraph hint = new Paragraph(getTranslation("region.settings.hint") + " "
				+ getTranslation("region.settings.zone-note", consoleZone.getId()));
		hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		this.save.setText(getTranslation("region.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> confirmThenSave());
		this.save.addClickShortcut(Key.ENTER);
		this.openSetup.setText(getTranslation("region.settings.open-setup"));
		this.openSetup.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.openSetup.addClickListener(click -> UI.getCurrent().navigate(SETUP_ROUTE));
		add(new H2(getTranslation("region.settings.title")), this.status, this.openSetup, fields, this.outline,
				this.save, hint);
		show(regions.current());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("region.settings.title");
	}

	private void label(TextField field, String labelKey, String helpKey) {
		field.setLabel(getTranslation(labelKey));
		field.setHelperText(getTranslation(helpKey));
		field.setRequiredIndicatorVisible(true);
	}

	private void show(RegionSetting setting) {
		this.version = setting.version();
		this.name.setValue(setting.displayName());
		this.divisionCode.setValue((setting.divisionCode() != null) ? setting.divisionCode() : "");
		this.department.setValue((setting.department() != null) ? setting.department() : "");
		this.timeZone.setValue(setting.timeZone().getId());
		this.status.setText(setting.isSet() ? "" : getTranslation("region.settings.not-set"));
		this.status.setVisible(!setting.isSet());
		this.outline.show(setting.outline());
		BoundingBox box = setting.boundingBox();
		this.minLatitude.setValue((box != null) ? box.minLatitude() : null);
		this.maxLatitude.setValue((box != null) ? box.maxLatitude() : null);
		this.minLongitude.setValue((box != null) ? box.minLongitude() : null);
		this.maxLongitude.setValue((box != null) ? box.maxLongitude() : null);
		showBox();
		clearErrors();
	}

	/** With an outline, the box is the outline's, shown and not edited. */
	private void showBox() {
		RegionOutline chosen = this.outline.chosen();
		boolean derived = chosen != null;
		for (BigDecimalField field : boxFields()) {
			field.setReadOnly(derived);
		}
		if (chosen != null) {
			BoundingBox box = chosen.boundingBox();
			this.minLatitude.setValue(box.minLatitude());
			this.maxLatitude.setValue(box.maxLatitude());
			this.minLongitude.setValue(box.minLongitude());
			this.maxLongitude.setValue(box.maxLongitude());
		}
	}

	private List<BigDecimalField> boxFields() {
		return List.of(this.minLatitude, this.maxLatitude, this.minLongitude, this.maxLongitude);
	}

	private void confirmThenSave() {
		if (!this.outline.replacesStored()) {
			save();
			return;
		}
		boolean removing = this.outline.chosen() == null;
		String prefix = removing ? "region.outline.remove." : "region.outline.replace.";
		ConfirmDialog dialog = Confirmation.dangerous("region-outline-confirm", getTranslation(prefix + "header"),
				getTranslation(prefix + "text"), getTranslation(prefix + "confirm"));
		dialog.addConfirmListener(event -> save());
		dialog.open();
	}

	private void save() {
		clearErrors();
		BoundingBox box;
		try {
			box = enteredBox();
		}
		catch (FieldRejectedException ex) {
			invalid(this.minLatitude, getTranslation(ex.messageKey()));
			return;
		}
		RegionOutline chosen = this.outline.chosen();
		RegionDraft draft = new RegionDraft(this.name.getValue(), this.divisionCode.getValue(),
				this.department.getValue(), (this.timeZone.getValue() != null) ? this.timeZone.getValue() : "",
				(chosen != null) ? chosen.geoJson() : null, box, this.version);
		try {
			RegionSetting saved = this.regions.update(draft);
			show(saved);
			Notices.success(getTranslation("region.saved", saved.displayName()));
		}
		catch (FieldRejectedException ex) {
			String message = getTranslation(ex.messageKey(), ex.arguments());
			HasValidation field = this.fieldsByName.get(ex.field());
			if (field != null) {
				invalid(field, message);
			}
			else if (RegionOutline.FIELD.equals(ex.field())) {
				this.outline.showError(message);
			}
			else {
				Notices.error(message);
			}
		}
		catch (StaleVersionException ex) {
			Notices.error(getTranslation("region.stale"));
			show(this.regions.current());
		}
	}

	/**
	 * The box as entered: all four bounds or none; ignored by the service when there is
	 * an outline.
	 */
	private @Nullable BoundingBox enteredBox() {
		List<@Nullable BigDecimal> bounds = boxFields().stream().map(BigDecimalField::getValue).toList();
		if (bounds.stream().allMatch(bound -> bound == null)) {
			return null;
		}
		if (bounds.stream().anyMatch(bound -> bound == null)) {
			throw new FieldRejectedException("boundingBox", "region.validation.box-incomplete");
		}
		try {
			return new BoundingBox(bounds.get(0), bounds.get(1), bounds.get(2), bounds.get(3));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldRejectedException("boundingBox", "region.validation.box-order");
		}
	}

	private static void invalid(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

	private void clearErrors() {
		this.fieldsByName.values().forEach(field -> field.setInvalid(false));
		this.minLatitude.setInvalid(false);
	}

}

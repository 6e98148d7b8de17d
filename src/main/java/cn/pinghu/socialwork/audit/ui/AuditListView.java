package cn.pinghu.socialwork.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditFilter;
import cn.pinghu.socialwork.audit.AuditKind;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.TownNames;
import cn.pinghu.socialwork.shared.ui.ListColumns;
import cn.pinghu.socialwork.shared.ui.MasterDataListView;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;

/**
 * The audit trail for administrators: who changed what and when, and the security events
 * (sign-ins, lock-outs, revocations, refused keys...), filtered by kind, user (the quick
 * search), entity, town and date range, all kept in the URL.
 */
@Route(AuditListView.ROUTE)
@Menu(title = "nav.audit", order = 90, icon = "vaadin:records")
@RolesAllowed(Role.Names.ADMIN)
class AuditListView extends MasterDataListView<AuditEntry, AuditFilter> {

	static final String ROUTE = "audit";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	final ComboBox<AuditKind> kind = new ComboBox<>();

	final ComboBox<String> entity = new ComboBox<>();

	final ComboBox<Long> town = new ComboBox<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	private final ZoneId zone;

	private final Map<Long, String> townNames;

	AuditListView(AuditService audit, TownNames towns, @Value("${console.zone}") ZoneId zone) {
		super("audit", AuditEntry.class, audit::slice, audit::count);
		this.zone = zone;
		this.townNames = towns.townNames();
		list().search().setPlaceholder(getTranslation("audit.filter.username"));
		list().addChoiceFilter("kind", this.kind, getTranslation("audit.filter.kind"), List.of(AuditKind.values()),
				kind -> getTranslation("audit.kind." + kind.name()), AuditKind::name);
		list().addChoiceFilter("entity", this.entity, getTranslation("audit.filter.entity"), audit.entityTypes(),
				this::entityLabel, type -> type);
		list().addIdFilter("town", this.town, getTranslation("audit.filter.town"), this.townNames.keySet(),
				this.townNames);
		this.from.setPlaceholder(getTranslation("audit.filter.from"));
		this.to.setPlaceholder(getTranslation("audit.filter.to"));
		list().addFilter("from", this.from, LocalDate::toString, AuditListView::parseDate);
		list().addFilter("to", this.to, LocalDate::toString, AuditListView::parseDate);
		addColumns();
		// a page of its own, without a side form: padded as such pages are
		setPadding(true);
		showAlone();
	}

	/** The date range covers whole days in the console's zone, the last one included. */
	@Override
	protected AuditFilter filter(String username) {
		LocalDate first = this.from.getValue();
		LocalDate last = this.to.getValue();
		Instant start = (first != null) ? first.atStartOfDay(this.zone).toInstant() : null;
		Instant end = (last != null) ? last.plusDays(1).atStartOfDay(this.zone).toInstant() : null;
		return new AuditFilter(username.isEmpty() ? null : username, this.entity.getValue(), null, start, end,
				this.town.getValue(), this.kind.getValue());
	}

	private void addColumns() {
		ListColumns<AuditEntry> columns = columns();
		Grid.Column<AuditEntry> time = columns
			.fitted("occurredAt", "audit.column.occurred-at",
					entry -> TIME.format(entry.occurredAt().atZone(this.zone)))
			.setSortProperty("occurredAt");
		columns.fitted("username", "audit.column.username", AuditEntry::username).setSortProperty("username");
		columns
			.fitted("action", "audit.column.action", entry -> getTranslation("audit.action." + entry.action().name()))
			.setSortProperty("action");
		columns.fitted("entity", "audit.column.entity", this::entity).setSortProperty("entityType", "entityId");
		columns
			.fitted("town", "audit.column.town",
					entry -> (entry.townId() != null) ? this.townNames.getOrDefault(entry.townId(), "") : "")
			.setSortProperty("townId");
		columns.text("changes", "audit.column.changes", this::changes).setTooltipGenerator(this::changes);
		list().grid().sort(GridSortOrder.desc(time).build());
	}

	/**
	 * A record as its type and id; a security event, which concerns no record, as its
	 * kind.
	 */
	private String entity(AuditEntry entry) {
		if (entry.action().kind() == AuditKind.SECURITY) {
			return getTranslation("audit.kind.SECURITY");
		}
		return entityLabel(entry.entityType()) + " #" + entry.entityId();
	}

	/** A change's fields from and to; a security event's details as they are. */
	private String changes(AuditEntry entry) {
		if (entry.action().kind() == AuditKind.SECURITY) {
			return entry.changes()
				.stream()
				.map(detail -> getTranslation("audit.detail", detailLabel(detail.field()),
						(detail.to() != null) ? detail.to() : getTranslation("audit.value.empty")))
				.collect(Collectors.joining(getTranslation("audit.change.separator")));
		}
		return changes(entry.changes());
	}

	private String detailLabel(String field) {
		return translationOr("audit.detail." + field, field);
	}

	private String changes(List<FieldChange> changes) {
		String empty = getTranslation("audit.value.empty");
		return changes.stream()
			.map(change -> getTranslation("audit.change", change.field(),
					(change.from() != null) ? change.from() : empty, (change.to() != null) ? change.to() : empty))
			.collect(Collectors.joining(getTranslation("audit.change.separator")));
	}

	/**
	 * The entity type's name in the bundle; a type some feature added without a name
	 * there shows as it is stored rather than as a missing key.
	 */
	private String entityLabel(String type) {
		return translationOr("audit.entity." + type, type);
	}

	/** The bundle's text for the key; {@code fallback} where the bundle has none. */
	private String translationOr(String key, String fallback) {
		String label = getTranslation(key);
		return label.endsWith(key) ? fallback : label;
	}

	private static @Nullable LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

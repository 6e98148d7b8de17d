package cn.pinghu.socialwork.organizations.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.InstructorDetails;
import cn.pinghu.socialwork.organizations.InstructorDraft;
import cn.pinghu.socialwork.organizations.InstructorFilter;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.InstructorTransferService;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.transfer.TransferJobs;
import cn.pinghu.socialwork.shared.transfer.ui.TransferToolbar;
import cn.pinghu.socialwork.shared.ui.ListColumns;
import cn.pinghu.socialwork.shared.ui.MasterDataListView;
import cn.pinghu.socialwork.shared.ui.StatusBadge;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;

/**
 * 党建指导员 as master data: a filtered, lazily loaded list and a side form. Filters live in
 * the URL ({@code ?town=1&archived=true&q=周}). A coordinator sees the instructors who
 * serve their towns, a leader reads them all: the service enforces both. Editors import
 * and export the list as .xlsx or .csv, matched by 编号.
 */
@Route(InstructorListView.ROUTE)
@Menu(title = "nav.instructors", order = 27, icon = "vaadin:user-star")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.LEADER })
class InstructorListView extends MasterDataListView<InstructorDetails, InstructorFilter> {

	static final String ROUTE = "instructors";

	final ComboBox<Long> town = new ComboBox<>();

	final Checkbox archived = new Checkbox();

	final InstructorForm form;

	/** Import and export, for those who may edit; {@code null} for leaders. */
	final @Nullable TransferToolbar<InstructorFilter, InstructorDraft> transfer;

	private final Map<Long, String> townNames;

	private final List<Long> townIds;

	InstructorListView(InstructorService instructors, OrganizationService organizations, CommunityService places,
			InstructorTransferService transfer, TransferJobs jobs, Clock clock, @Value("${console.zone}") ZoneId zone) {
		super("instructors", InstructorDetails.class, instructors::slice, instructors::count);
		this.townNames = places.townNames();
		this.townIds = places.townsInScope().stream().map(TownSummary::id).toList();
		boolean editable = organizations.canEdit();
		list().search().setPlaceholder(getTranslation("instructors.search"));
		list().addIdFilter("town", this.town, getTranslation("instructors.filter.town"), this.townIds, this.townNames);
		list().addFlagFilter("archived", this.archived, getTranslation("instructors.filter.archived"));
		if (editable) {
			this.transfer = new TransferToolbar<>(list(), getPageTitle(), getTranslation("instructors.import.title"),
					transfer, jobs, clock, zone);
			addCreateAction(this::create);
		}
		else {
			this.transfer = null;
		}
		List<Long> writableTownIds = places.writableTowns().stream().map(TownSummary::id).toList();
		this.form = new InstructorForm(instructors, this.townNames, writableTownIds, zone, editable, list()::refresh);
		addColumns();
		showWith(this.form);
		this.form.setOnCancel(list().grid()::deselectAll);
	}

	@Override
	protected InstructorFilter filter(String query) {
		return new InstructorFilter(query.isEmpty() ? null : query, this.town.getValue(),
				Boolean.TRUE.equals(this.archived.getValue()));
	}

	private void addColumns() {
		ListColumns<InstructorDetails> columns = columns();
		Grid.Column<InstructorDetails> name = columns.auto("name", "instructors.column.name", InstructorDetails::name)
			.setSortProperty("name");
		columns.fitted("code", "instructors.column.code", InstructorDetails::code).setSortProperty("code");
		columns.text("workUnit", "instructors.column.work-unit", InstructorDetails::workUnit)
			.setSortProperty("workUnit");
		columns.fitted("phone", "instructors.column.phone", InstructorDetails::phone).setSortProperty("phone");
		columns.auto("towns", "instructors.column.towns", this::towns);
		columns.number("organizations", "instructors.column.organizations", InstructorDetails::organizations);
		columns
			.badge("status", "instructors.column.status",
					instructor -> StatusBadge.archivedOr(instructor.archived(),
							getTranslation("instructors.status.archived"), getTranslation("instructors.status.in-use")))
			.setSortProperty("archivedAt");
		list().grid().sort(GridSortOrder.asc(name).build());
	}

	private String towns(InstructorDetails instructor) {
		return instructor.townIds()
			.stream()
			.map(id -> this.townNames.getOrDefault(id, String.valueOf(id)))
			.collect(Collectors.joining("、"));
	}

	private void create() {
		this.form.create();
	}

}

package cn.pinghu.socialwork.organizations.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.organizations.OrganizationDraft;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.organizations.OrganizationTransferService;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.transfer.TransferJobs;
import cn.pinghu.socialwork.shared.transfer.ui.TransferToolbar;
import cn.pinghu.socialwork.shared.ui.ListColumns;
import cn.pinghu.socialwork.shared.ui.MasterDataListView;
import cn.pinghu.socialwork.shared.ui.StatusBadge;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;

/**
 * 两新组织 as master data: a filtered, lazily loaded list and a side form. Filters live in
 * the URL
 * ({@code ?town=1&kind=ECONOMIC&status=ACTIVE&form=NONE&uncovered=true&archived=true&q=五金}).
 * A coordinator sees and edits the organisations of their towns only, a leader reads
 * them: the service enforces both. Editors import and export the list as .xlsx or .csv.
 */
@Route(OrganizationListView.ROUTE)
@Menu(title = "nav.organizations", order = 25, icon = "vaadin:factory")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.LEADER })
class OrganizationListView extends MasterDataListView<OrganizationDetails, OrganizationFilter> {

	static final String ROUTE = "organizations";

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<OrgKind> kind = new ComboBox<>();

	final ComboBox<OrgStatus> status = new ComboBox<>();

	final ComboBox<BranchForm> branchForm = new ComboBox<>();

	final Checkbox uncovered = new Checkbox();

	final Checkbox archived = new Checkbox();

	final OrganizationForm form;

	/** Import and export, for those who may edit; {@code null} for leaders. */
	final @Nullable TransferToolbar<OrganizationFilter, OrganizationDraft> transfer;

	private final OrganizationLabels labels;

	private final List<Long> townIds;

	/** The towns the user changes organisations in: what the form offers. */
	private final List<Long> writableTownIds;

	OrganizationListView(OrganizationService organizations, InstructorService instructors, CommunityService places,
			OrganizationTransferService transfer, TransferJobs jobs, Clock clock,
			@Value("${console.zone}") ZoneId zone) {
		super("organizations", OrganizationDetails.class, organizations::slice, organizations::count);
		this.townIds = places.townsInScope().stream().map(TownSummary::id).toList();
		this.writableTownIds = places.writableTowns().stream().map(TownSummary::id).toList();
		this.labels = new OrganizationLabels(places.townNames(),
				places.communities(new CommunityFilter(null, null, null, true), Pageable.unpaged()).getContent(),
				instructors.names(), this::getTranslation);
		boolean editable = organizations.canEdit();
		list().search().setPlaceholder(getTranslation("organizations.search"));
		filters();
		if (editable) {
			this.transfer = new TransferToolbar<>(list(), getPageTitle(), getTranslation("organizations.import.title"),
					transfer, jobs, clock, zone);
			addCreateAction(this::create);
		}
		else {
			this.transfer = null;
		}
		this.form = new OrganizationForm(organizations, instructors, this.labels, this.writableTownIds, zone, editable,
				list()::refresh);
		addColumns();
		showWith(this.form);
		this.form.setOnCancel(list().grid()::deselectAll);
	}

	private void filters() {
		list().addChoiceFilter("town", this.town, getTranslation("organizations.filter.town"), this.townIds,
				this.labels::town, String::valueOf);
		list().addChoiceFilter("kind", this.kind, getTranslation("organizations.filter.kind"),
				List.of(OrgKind.values()), this.labels::kind, OrgKind::name);
		list().addChoiceFilter("status", this.status, getTranslation("organizations.filter.status"),
				List.of(OrgStatus.values()), this.labels::status, OrgStatus::name);
		list().addChoiceFilter("form", this.branchForm, getTranslation("organizations.filter.branch-form"),
				List.of(BranchForm.values()), this.labels::branchForm, BranchForm::name);
		list().addFlagFilter("uncovered", this.uncovered, getTranslation("organizations.filter.uncovered"));
		list().addFlagFilter("archived", this.archived, getTranslation("organizations.filter.archived"));
	}

	@Override
	protected OrganizationFilter filter(String query) {
		return new OrganizationFilter(query.isEmpty() ? null : query, this.town.getValue(), this.kind.getValue(),
				this.status.getValue(), this.branchForm.getValue(), Boolean.TRUE.equals(this.uncovered.getValue()),
				Boolean.TRUE.equals(this.archived.getValue()));
	}

	private void addColumns() {
		ListColumns<OrganizationDetails> columns = columns();
		Grid.Column<OrganizationDetails> name = column(columns, OrganizationDetails::name, "name", "name")
			.setAutoWidth(false)
			.setFlexGrow(1)
			.setWidth("16rem");
		column(columns, OrganizationDetails::creditCode, "creditCode", "credit-code");
		column(columns, row -> this.labels.kind(row.kind()), "kind", "kind");
		column(columns, OrganizationDetails::industry, "industry", "industry");
		column(columns, row -> this.labels.town(row.townId()), "townId", "town");
		column(columns, row -> (row.communityId() != null) ? this.labels.community(row.communityId()) : "", null,
				"community");
		column(columns, OrganizationDetails::employees, "employees", "employees").setTextAlign(ColumnTextAlign.END);
		column(columns, OrganizationDetails::fullMembers, "fullMembers", "full-members")
			.setTextAlign(ColumnTextAlign.END);
		column(columns, row -> this.labels.branchForm(row.branchForm()), "branchForm", "branch-form");
		column(columns, row -> (row.instructorId() != null) ? this.labels.instructor(row.instructorId()) : "", null,
				"instructor");
		column(columns, OrganizationDetails::contactName, "contactName", "contact-name");
		column(columns, OrganizationDetails::contactPhone, null, "contact-phone");
		columns.badge("status", "organizations.column.status", this::status).setSortProperty("status");
		list().grid().sort(GridSortOrder.asc(name).build());
	}

	/**
	 * Every column may be resized: the organisations' fields are many and of any length.
	 */
	private Grid.Column<OrganizationDetails> column(ListColumns<OrganizationDetails> columns,
			ValueProvider<OrganizationDetails, ?> value, @Nullable String sortProperty, String key) {
		Grid.Column<OrganizationDetails> column = columns.fitted(key, "organizations.column." + key, value)
			.setResizable(true);
		if (sortProperty != null) {
			column.setSortProperty(sortProperty);
		}
		return column;
	}

	private Span status(OrganizationDetails organization) {
		if (organization.archived()) {
			return StatusBadge.of(getTranslation("organizations.archived"), StatusBadge.Tone.CONTRAST);
		}
		return StatusBadge.of(this.labels.status(organization.status()),
				(organization.status() == OrgStatus.ACTIVE) ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR);
	}

	private void create() {
		Long selected = this.town.getValue();
		this.form.create(this.writableTownIds.contains(selected) ? selected
				: this.writableTownIds.stream().findFirst().orElse(null));
	}

}

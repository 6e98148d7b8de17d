package cn.pinghu.socialwork.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.stations.Facility;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Fills the demo schema up to the benchmark's size with plausible organisations and
 * stations, in multi-row INSERTs: organisations spread unevenly over the towns and their
 * communities, each town with its own coverage, valid credit codes of Pinghu (330482).
 * Seeded, so that every run generates the same data.
 */
final class MasterDataGenerator {

	/** Rows per INSERT statement (organisation rows have 19 parameters). */
	private static final int ROWS_PER_INSERT = 500;

	private static final String[] BRANDS = { "恒", "宏", "鑫", "达", "永", "欣", "安", "泰", "润", "丰", "博", "嘉", "瑞", "凯", "远",
			"晨", "兴", "利", "隆", "诚", "明", "新", "华", "盛", "源", "通", "德", "信", "和", "康", "湖", "乍", "东", "金" };

	private static final String[] PREFIXES = { "平湖市", "平湖", "浙江", "嘉兴" };

	/** Economic industries and the word a company of each has in its name. */
	private static final String[][] ECONOMIC = { { "汽车零部件", "汽车零部件" }, { "箱包制造", "箱包" }, { "光机电", "光电" },
			{ "食品加工", "食品" }, { "电子信息", "电子" }, { "物流运输", "物流" }, { "软件和信息服务", "软件" }, { "纺织", "纺织" }, { "服装制造", "服装" },
			{ "电子商务", "电子商务" }, { "批发零售", "商贸" }, { "装备制造", "智能装备" }, { "新材料", "新材料" }, { "建筑业", "建设工程" },
			{ "金属制品", "五金" } };

	/** Social industries and the end of an organisation's name. */
	private static final String[][] SOCIAL = { { "教育培训", "培训学校" }, { "社会服务", "社会工作服务中心" }, { "养老服务", "养老服务中心" },
			{ "公益慈善", "志愿者协会" }, { "文化体育", "文化艺术团" }, { "商会", "商会" }, { "学前教育", "幼儿园" }, { "行业协会", "行业协会" } };

	private static final String[] ROADS = { "独山大道", "平善大道", "东湖大道", "人民路", "新华路", "建国路", "长安路", "胜利路", "兴平路", "科技大道",
			"创业路", "振兴路", "环城路", "富民路", "兴港路", "乍王路" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "林", "罗", "高", "沈", "陆", "金", "姚" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
			"霞", "平", "刚", "桂", "英", "华", "建", "琳", "波" };

	private static final String[] REASONS = { "企业处于筹建期，人员流动大", "党员人数不足3名，暂无法单独组建", "员工多为外地务工人员，党员组织关系未转入",
			"新迁入企业，正在摸排党员情况", "生产经营困难，拟与周边企业联合组建", "负责人对党建工作认识不足，正在做思想工作" };

	private static final String[] STATION_KINDS = { "新就业群体驿站", "暖蜂驿站", "骑士加油站", "爱心驿站", "小哥驿站" };

	private static final String[] HOSTS = { "罗森便利店", "供电营业厅", "邮政网点", "社区服务中心", "加油站便利店", "银行网点", "美团站点" };

	private final JdbcTemplate jdbc;

	private final Random random = new Random(20_261_128L);

	private final List<Town> towns = new ArrayList<>();

	MasterDataGenerator(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts organisations until {@code inUse} of them are in use (archived ones, about
	 * one in seventy, come on top); returns how many it inserted.
	 */
	int organizations(int inUse) {
		loadTowns();
		Set<String> codes = storedCodes();
		int listed = count("organization WHERE archived_at IS NULL");
		List<Object[]> rows = new ArrayList<>(ROWS_PER_INSERT);
		int inserted = 0;
		while (listed < inUse) {
			Generated organization = organization(newCode(codes));
			if (organization.details().archivedAt() == null) {
				listed++;
			}
			rows.add(parameters(organization));
			if (rows.size() == ROWS_PER_INSERT) {
				inserted += insertOrganizations(rows);
			}
		}
		inserted += insertOrganizations(rows);
		return inserted;
	}

	/**
	 * New organisations, not stored, with codes no stored one has, as an import file
	 * brings them: in use, without an instructor (the file names instructors by name).
	 */
	List<OrganizationDetails> newOrganizations(int count) {
		loadTowns();
		Set<String> codes = storedCodes();
		List<OrganizationDetails> organizations = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			OrganizationDetails o = organization(newCode(codes)).details();
			organizations.add(new OrganizationDetails(0, o.name(), o.creditCode(), o.kind(), o.industry(), o.townId(),
					o.communityId(), o.address(), o.employees(), o.fullMembers(), o.branchForm(), o.branchName(),
					o.branchFormedOn(), null, o.contactName(), o.contactPhone(), o.uncoveredReason(), OrgStatus.ACTIVE,
					null, 0));
		}
		return organizations;
	}

	/** A mobile number as organisations give them. */
	String phone() {
		return "1" + "3589".charAt(this.random.nextInt(4)) + String.format("%09d", this.random.nextInt(1_000_000_000));
	}

	/** Inserts stations until there are {@code total}; returns how many it inserted. */
	int stations(int total) {
		loadTowns();
		int existing = count("rider_station");
		List<Object[]> rows = new ArrayList<>(ROWS_PER_INSERT);
		int inserted = 0;
		for (int n = existing; n < total; n++) {
			rows.add(station(n + 1));
			if (rows.size() == ROWS_PER_INSERT) {
				inserted += insertStations(rows);
			}
		}
		inserted += insertStations(rows);
		return inserted;
	}

	/** The town that gets the most organisations: the benchmark's filtered town. */
	long busiestTown() {
		loadTowns();
		return this.towns.stream().max((a, b) -> Double.compare(a.weight, b.weight)).orElseThrow().id;
	}

	private Generated organization(String code) {
		Town town = pickTown();
		boolean social = code.charAt(0) == '5';
		String[] industry = social ? pick(SOCIAL) : pick(ECONOMIC);
		String brand = pick(BRANDS) + pick(BRANDS);
		String name = social ? "平湖市" + brand + industry[1] : pick(PREFIXES) + brand + industry[1] + "有限公司";
		int employees = Math.min(3000, (int) Math.round(Math.exp(2.4 + this.random.nextGaussian() * 1.1)));
		int fullMembers = Math.min(employees,
				(int) (employees * this.random.nextDouble(0.12)) + this.random.nextInt(3));
		BranchForm form = BranchForm.NONE;
		if (this.random.nextDouble() < town.coverage) {
			double kind = this.random.nextDouble();
			form = (fullMembers >= 3 && kind < 0.4) ? BranchForm.STANDALONE
					: (kind < 0.75) ? BranchForm.JOINT : BranchForm.INDUSTRY;
		}
		String road = pick(ROADS);
		String branchName = switch (form) {
			case NONE -> null;
			case STANDALONE -> "中共" + name.replace("有限公司", "") + "支部委员会";
			case JOINT -> "中共" + town.name + road + "联合支部委员会";
			case INDUSTRY, CHAIN, LEAD -> "中共平湖市" + industry[0] + "行业支部委员会";
		};
		Long communityId = (town.communities.isEmpty() || this.random.nextDouble() < 0.1) ? null
				: town.communities.get(this.random.nextInt(town.communities.size()));
		Long instructorId = (town.instructors.isEmpty() || this.random.nextDouble() < 0.6) ? null
				: town.instructors.get(this.random.nextInt(town.instructors.size()));
		String reason = (form == BranchForm.NONE && this.random.nextDouble() < 0.3) ? pick(REASONS) : null;
		OrgStatus status = (this.random.nextDouble() < 0.03) ? OrgStatus.DEREGISTERED : OrgStatus.ACTIVE;
		Instant archivedAt = (this.random.nextDouble() < 0.015)
				? Instant.parse("2026-03-01T02:00:00Z").plusSeconds(this.random.nextInt(20_000_000)) : null;
		LocalDate formed = form.covers() ? formedOn() : null;
		OrganizationDetails details = new OrganizationDetails(0, name, code, social ? OrgKind.SOCIAL : OrgKind.ECONOMIC,
				industry[0], town.id, communityId, "平湖市" + town.name + road + (1 + this.random.nextInt(999)) + "号",
				employees, fullMembers, form, branchName, formed, instructorId, person(), phone(), reason, status,
				archivedAt, 0);
		return new Generated(details, formed, form.covers() ? Math.max(fullMembers, 3) : null);
	}

	private static Object[] parameters(Generated generated) {
		OrganizationDetails o = generated.details();
		return new Object[] { o.name(), o.creditCode(), o.kind().name(), o.industry(), o.townId(), o.communityId(),
				o.address(), o.employees(), o.fullMembers(), o.branchForm().name(), o.branchName(),
				generated.formedOn(), generated.branchMembers(), o.instructorId(), o.contactName(), o.contactPhone(),
				o.uncoveredReason(), o.status().name(),
				(o.archivedAt() != null) ? Timestamp.from(o.archivedAt()) : null };
	}

	private Set<String> storedCodes() {
		return new HashSet<>(this.jdbc.queryForList("SELECT credit_code FROM organization", String.class));
	}

	private String newCode(Set<String> taken) {
		String code;
		do {
			code = CreditCodes.next(this.random);
		}
		while (!taken.add(code));
		return code;
	}

	private Object[] station(int number) {
		Town town = pickTown();
		String road = pick(ROADS);
		Long communityId = (town.communities.isEmpty() || this.random.nextDouble() < 0.4) ? null
				: town.communities.get(this.random.nextInt(town.communities.size()));
		List<String> facilities = new ArrayList<>();
		for (Facility facility : Facility.values()) {
			if (this.random.nextDouble() < 0.5) {
				facilities.add(facility.name());
			}
		}
		double status = this.random.nextDouble();
		Timestamp archivedAt = (this.random.nextDouble() < 0.02)
				? Timestamp.from(Instant.parse("2026-05-01T02:00:00Z").plusSeconds(this.random.nextInt(10_000_000)))
				: null;
		return new Object[] { String.format("RS%04d", number), road + pick(STATION_KINDS), town.id, communityId,
				"平湖市" + town.name + road + (1 + this.random.nextInt(999)) + "号", 30.62 + this.random.nextDouble() * 0.2,
				120.95 + this.random.nextDouble() * 0.3, "平湖" + town.name + pick(HOSTS), String.join(";", facilities),
				(this.random.nextDouble() < 0.2) ? "00:00-24:00" : "08:00-20:00",
				(status < 0.85) ? "OPEN" : (status < 0.95) ? "SUSPENDED" : "CLOSED", 4 + this.random.nextInt(27),
				archivedAt };
	}

	private int insertOrganizations(List<Object[]> rows) {
		return insert("""
				INSERT INTO organization (name, credit_code, kind, industry, town_id, community_id, address, employees,
				    full_members, branch_form, branch_name, branch_formed_on, branch_members, instructor_id,
				    contact_name, contact_phone, uncovered_reason, status, archived_at) VALUES
				""", 19, rows);
	}

	private int insertStations(List<Object[]> rows) {
		return insert("""
				INSERT INTO rider_station (code, name, town_id, community_id, address, latitude, longitude, host_unit,
				    facilities, opening_hours, status, capacity, archived_at) VALUES
				""", 13, rows);
	}

	private int insert(String head, int columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		String row = "(" + "?, ".repeat(columns - 1) + "?)";
		StringBuilder sql = new StringBuilder(head);
		List<@Nullable Object> values = new ArrayList<>(rows.size() * columns);
		for (int i = 0; i < rows.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(row);
			values.addAll(java.util.Arrays.asList(rows.get(i)));
		}
		int inserted = this.jdbc.update(sql.toString(), values.toArray());
		rows.clear();
		return inserted;
	}

	private void loadTowns() {
		if (!this.towns.isEmpty()) {
			return;
		}
		Map<Long, Town> byId = new HashMap<>();
		this.jdbc.query("SELECT id, name FROM town ORDER BY sort_order, id", row -> {
			Town town = new Town(row.getLong("id"), row.getString("name"));
			byId.put(town.id, town);
			this.towns.add(town);
		});
		this.jdbc.query("SELECT id, town_id FROM community WHERE archived_at IS NULL ORDER BY id",
				(RowCallbackHandler) row -> byId.get(row.getLong("town_id")).communities.add(row.getLong("id")));
		this.jdbc.query("""
				SELECT it.instructor_id, it.town_id FROM instructor_town it JOIN instructor i ON i.id = it.instructor_id
				WHERE i.archived_at IS NULL ORDER BY it.instructor_id""",
				(RowCallbackHandler) row -> byId.get(row.getLong("town_id")).instructors
					.add(row.getLong("instructor_id")));
		if (this.towns.isEmpty()) {
			throw new IllegalStateException("No towns: the schema needs the demo seeds (context demo)");
		}
		// Uneven on purpose: some towns have three times the organisations of others, and
		// coverage between 35 % and 80 %.
		for (Town town : this.towns) {
			town.weight = 1 + this.random.nextDouble() * 2;
			town.coverage = 0.35 + 0.45 * this.random.nextDouble();
		}
	}

	private Town pickTown() {
		double total = this.towns.stream().mapToDouble(town -> town.weight).sum();
		double at = this.random.nextDouble() * total;
		for (Town town : this.towns) {
			at -= town.weight;
			if (at < 0) {
				return town;
			}
		}
		return this.towns.get(this.towns.size() - 1);
	}

	private LocalDate formedOn() {
		return LocalDate.of(2015, 1, 1).plusDays(this.random.nextInt(4000));
	}

	private String person() {
		return pick(SURNAMES) + pick(GIVEN) + ((this.random.nextDouble() < 0.6) ? pick(GIVEN) : "");
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private int count(String table) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
		return (count != null) ? count : 0;
	}

	/** An organisation with the branch fields the details leave out. */
	private record Generated(OrganizationDetails details, @Nullable LocalDate formedOn,
			@Nullable Integer branchMembers) {
	}

	private static final class Town {

		final long id;

		final String name;

		final List<Long> communities = new ArrayList<>();

		final List<Long> instructors = new ArrayList<>();

		double weight;

		double coverage;

		Town(long id, String name) {
			this.id = id;
			this.name = name;
		}

	}

}

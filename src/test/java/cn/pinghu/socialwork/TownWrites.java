package cn.pinghu.socialwork;

import java.io.ByteArrayOutputStream;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.coverage.ActivityKind;
import cn.pinghu.socialwork.coverage.BranchActivityDraft;
import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.BranchFormation;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.DriveLifecycleService;
import cn.pinghu.socialwork.coverage.InstructorAssignment;
import cn.pinghu.socialwork.coverage.UncoveredReason;
import cn.pinghu.socialwork.elections.ElectionRoundService;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.ElectionTestData;
import cn.pinghu.socialwork.elections.StageCompletion;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.InstructorDraft;
import cn.pinghu.socialwork.organizations.InstructorFilter;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.InstructorTransferService;
import cn.pinghu.socialwork.organizations.OrganizationCoverageService;
import cn.pinghu.socialwork.organizations.PartyOrganizationDraft;
import cn.pinghu.socialwork.organizations.PartyOrganizationService;
import cn.pinghu.socialwork.organizations.OrganizationDraft;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import cn.pinghu.socialwork.organizations.OrganizationImportChunk;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.organizations.OrganizationTransferService;
import cn.pinghu.socialwork.organizations.TestCreditCodes;
import cn.pinghu.socialwork.places.CommunityDraft;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunityTransferService;
import cn.pinghu.socialwork.places.TownService;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.screen.ScreenSettingsService;
import cn.pinghu.socialwork.requests.HotlineRequest;
import cn.pinghu.socialwork.requests.RequestCategory;
import cn.pinghu.socialwork.requests.RiderRequestService;
import cn.pinghu.socialwork.security.DisplayDeviceAdminService;
import cn.pinghu.socialwork.security.UserAdminService;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportRow;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.stations.StationDraft;
import cn.pinghu.socialwork.stations.StationFilter;
import cn.pinghu.socialwork.stations.StationPosterService;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationTransferService;
import cn.pinghu.socialwork.stations.TestStations;
import cn.pinghu.socialwork.workdays.WorkingDayService;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link TownWriteScopeIT} calls each write method of the services on a record of a
 * given town, or why a method is not town-scoped. A new write method fails that test
 * until it has an entry here.
 */
final class TownWrites {

	/**
	 * Classes whose every write method is for administrators only; the test checks that
	 * each is guarded by {@code Access.ADMIN}, so a method added to them later is covered
	 * too.
	 */
	static final Map<Class<?>, String> ADMIN_ONLY = Map.of(CoverageDriveService.class,
			"the drive's settings and each town's target are set for the whole city", DriveLifecycleService.class,
			"a drive is opened and closed for the whole city", ElectionRoundService.class,
			"a round is opened and closed for the whole city", TownService.class, "towns are city-wide master data",
			ScreenSettingsService.class, "the wall screens' settings are city-wide", DisplayDeviceAdminService.class,
			"wall displays are registered for the whole city", UserAdminService.class, "user administration",
			RegionService.class, "the region is one setting for the whole console", WorkingDayService.class,
			"the holiday calendar is one for the whole console");

	// before the table that uses them
	private static final Entry ADMIN = new Entry.AdminOnly();

	private static final Entry NOT_A_WRITE_EXPORT = new Entry.NotTownScoped(
			"writes a file of the rows the caller reads and stores nothing (it runs without a transaction)");

	private static final Entry NOT_A_WRITE_TEMPLATE = new Entry.NotTownScoped(
			"writes the import template's header row and stores nothing");

	private static final Map<String, Entry> ENTRIES = table();

	private final ApplicationContext context;

	private final JdbcTemplate jdbc;

	private final LocalDate today = ElectionTestData.today();

	TownWrites(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	static Map<String, Entry> entries() {
		return ENTRIES;
	}

	private static Map<String, Entry> table() {
		Map<String, Entry> entries = new LinkedHashMap<>();
		// communities
		entries.put("CommunityService.createCommunity(CommunityDraft)", town((w, town) -> {
			CommunityDraft draft = w.communityDraft(w.community(town));
			draft.setCode(code("C"));
			return w.attempt(() -> w.bean(CommunityService.class).createCommunity(draft), w.communities(town));
		}));
		entries.put("CommunityService.updateCommunity(long,CommunityDraft)", town((w, town) -> {
			long id = w.community(town);
			CommunityDraft draft = w.communityDraft(id);
			return w.attempt(() -> w.bean(CommunityService.class).updateCommunity(id, draft), w.communities(town));
		}));
		entries.put("CommunityService.upsertCommunity(CommunityDraft,String)", town((w, town) -> {
			CommunityDraft draft = w.communityDraft(w.community(town));
			return w.attempt(() -> w.bean(CommunityService.class).upsertCommunity(draft, "scope-test"),
					w.communities(town));
		}));
		entries.put("CommunityService.archiveCommunity(long,long)", town((w, town) -> {
			long id = w.community(town);
			return w.attempt(() -> w.bean(CommunityService.class).archiveCommunity(id, 0), w.communities(town));
		}));
		entries.put("CommunityTransferService.importRows(ImportPreview,ImportMode,ImportProgress)", town((w, town) -> {
			CommunityDraft draft = w.communityDraft(w.community(town));
			return w.attempt(
					() -> w.bean(CommunityTransferService.class)
						.importRows(oneRow(draft), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE),
					w.communities(town));
		}));
		entries.put("CommunityTransferService.preview(byte[],String,Charset,ImportProgress)", town((w, town) -> {
			String code = w.seeded("SELECT code FROM community WHERE town_id = ? AND archived_at IS NULL", town);
			byte[] file = w.csv(out -> w.bean(CommunityTransferService.class)
				.export(new CommunityFilter(code, town, null, false), SheetFormat.CSV, out));
			return w.preview(() -> w.bean(CommunityTransferService.class)
				.preview(file, "communities.csv", null, ImportProgress.NONE));
		}));
		entries.put("CommunityTransferService.export(CommunityFilter,SheetFormat,OutputStream)", NOT_A_WRITE_EXPORT);
		entries.put("CommunityTransferService.template(OutputStream)", NOT_A_WRITE_TEMPLATE);
		// stations
		entries.put("StationService.createStation(StationDraft)", town((w, town) -> {
			StationDraft draft = TestStations.draft(town);
			return w.attempt(() -> w.bean(StationService.class).createStation(draft), w.stations(town));
		}));
		entries.put("StationService.updateStation(long,StationDraft)", town((w, town) -> {
			long id = w.station(town);
			StationDraft draft = w.stationDraft(id);
			return w.attempt(() -> w.bean(StationService.class).updateStation(id, draft), w.stations(town));
		}));
		entries.put("StationService.upsertStation(StationDraft,String)", town((w, town) -> {
			StationDraft draft = w.stationDraft(w.station(town));
			return w.attempt(() -> w.bean(StationService.class).upsertStation(draft, "scope-test"), w.stations(town));
		}));
		entries.put("StationService.archiveStation(long,long)", town((w, town) -> {
			long id = w.station(town);
			long version = w.version("rider_station", id);
			return w.attempt(() -> w.bean(StationService.class).archiveStation(id, version), w.stations(town));
		}));
		entries.put("StationService.restoreStation(long,long)", town((w, town) -> {
			long id = w.station(town);
			w.archive("rider_station", id);
			long version = w.version("rider_station", id);
			return w.attempt(() -> w.bean(StationService.class).restoreStation(id, version), w.stations(town));
		}));
		entries.put("StationService.rotateApiKey(long)", ADMIN);
		entries.put("StationService.revokeApiKey(long)", ADMIN);
		entries.put("StationTransferService.importRows(ImportPreview,ImportMode,ImportProgress)", town((w, town) -> {
			StationDraft draft = w.stationDraft(w.station(town));
			return w
				.attempt(
						() -> w.bean(StationTransferService.class)
							.importRows(oneRow(draft), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE),
						w.stations(town));
		}));
		entries.put("StationTransferService.preview(byte[],String,Charset,ImportProgress)", town((w, town) -> {
			String code = w.seeded("SELECT code FROM rider_station WHERE town_id = ? AND archived_at IS NULL", town);
			byte[] file = w.csv(out -> w.bean(StationTransferService.class)
				.export(new StationFilter(code, town, null, false), SheetFormat.CSV, out));
			return w.preview(() -> w.bean(StationTransferService.class)
				.preview(file, "stations.csv", null, ImportProgress.NONE));
		}));
		entries.put("StationTransferService.export(StationFilter,SheetFormat,OutputStream)", NOT_A_WRITE_EXPORT);
		entries.put("StationTransferService.template(OutputStream)", NOT_A_WRITE_TEMPLATE);
		entries.put("StationPosterService.writePoster(long,String,OutputStream)", town((w, town) -> {
			long id = w.station(town);
			return w.printed(() -> {
				w.bean(StationPosterService.class).writePoster(id, null, new ByteArrayOutputStream());
				return null;
			});
		}));
		entries.put("StationPosterService.writeAllPosters(String,OutputStream)", new Entry.NotTownScoped(
				"prints the posters of the stations in the caller's own towns (none for a leader) and stores nothing"));
		organizations(entries);
		instructors(entries);
		campaigns(entries);
		notTownScoped(entries);
		return Map.copyOf(entries);
	}

	private static void organizations(Map<String, Entry> entries) {
		entries.put("OrganizationService.create(OrganizationDraft)", town((w, town) -> {
			OrganizationDraft draft = w.organizationDraft(w.organization(town));
			draft.setCreditCode(TestCreditCodes.next());
			return w.attempt(() -> w.bean(OrganizationService.class).create(draft), w.organizations(town));
		}));
		entries.put("OrganizationService.update(long,OrganizationDraft)", town((w, town) -> {
			long id = w.organization(town);
			OrganizationDraft draft = w.organizationDraft(id);
			return w.attempt(() -> w.bean(OrganizationService.class).update(id, draft), w.organizations(town));
		}));
		entries.put("OrganizationService.upsert(OrganizationDraft,String)", town((w, town) -> {
			OrganizationDraft draft = w.organizationDraft(w.organization(town));
			return w.attempt(() -> w.bean(OrganizationService.class).upsert(draft, "scope-test"),
					w.organizations(town));
		}));
		entries.put("OrganizationService.upsert(OrganizationDraft,String,OrganizationImportChunk)", town((w, town) -> {
			OrganizationDraft draft = w.organizationDraft(w.organization(town));
			return w.attempt(() -> {
				OrganizationService service = w.bean(OrganizationService.class);
				OrganizationImportChunk chunk = service.importChunk(List.of(draft));
				Object outcome = service.upsert(draft, "scope-test", chunk);
				// the chunk writes a change when the import flushes it
				w.bean(EntityManager.class).flush();
				return outcome;
			}, w.organizations(town));
		}));
		entries.put("OrganizationService.importChunk(List)", new Entry.NotTownScoped(
				"reads what a chunk of import rows is checked against and writes nothing; the rows are written by upsert(draft, batchId, chunk)"));
		entries.put("OrganizationService.archive(long,long)", town((w, town) -> {
			long id = w.organization(town);
			return w.attempt(() -> w.bean(OrganizationService.class).archive(id, 0), w.organizations(town));
		}));
		entries.put("OrganizationService.restore(long,long)", town((w, town) -> {
			long id = w.organization(town);
			w.archive("organization", id);
			return w.attempt(() -> w.bean(OrganizationService.class).restore(id, 0), w.organizations(town));
		}));
		entries.put("OrganizationTransferService.importRows(ImportPreview,ImportMode,ImportProgress)",
				town((w, town) -> {
					OrganizationDraft draft = w.organizationDraft(w.organization(town));
					return w.attempt(
							() -> w.bean(OrganizationTransferService.class)
								.importRows(oneRow(draft), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE),
							w.organizations(town));
				}));
		entries.put("OrganizationTransferService.preview(byte[],String,Charset,ImportProgress)", town((w, town) -> {
			String code = w.seeded(
					"SELECT credit_code FROM organization WHERE town_id = ? AND archived_at IS NULL AND instructor_id IS NULL",
					town);
			byte[] file = w.csv(out -> w.bean(OrganizationTransferService.class)
				.export(new OrganizationFilter(code, town, null, null, null, false, false), SheetFormat.CSV, out));
			return w.preview(() -> w.bean(OrganizationTransferService.class)
				.preview(file, "organizations.csv", null, ImportProgress.NONE));
		}));
		entries.put("OrganizationTransferService.export(OrganizationFilter,SheetFormat,OutputStream)",
				NOT_A_WRITE_EXPORT);
		entries.put("OrganizationTransferService.template(OutputStream)", NOT_A_WRITE_TEMPLATE);
		entries.put("PartyOrganizationService.create(PartyOrganizationDraft)", town((w, town) -> {
			PartyOrganizationDraft draft = PartyOrganizationDraft.branch("范围测试支部" + code(""), BranchForm.JOINT, w.today,
					3, town);
			return w.attempt(() -> w.bean(PartyOrganizationService.class).create(draft), w.partyOrganizations(town));
		}));
		entries.put("PartyOrganizationService.join(long,long,long,int)", town((w, town) -> {
			long id = w.organization(town);
			long party = w.partyOrganization(town);
			return w.attempt(() -> w.bean(PartyOrganizationService.class).join(id, 0, party, 2), w.organizations(town));
		}));
		entries.put("PartyOrganizationService.move(long,long,long)", town((w, town) -> {
			long id = w.branch(town);
			long party = w.partyOrganization(town);
			long version = w.version("organization", id);
			return w.attempt(() -> w.bean(PartyOrganizationService.class).move(id, version, party),
					w.organizations(town));
		}));
		entries.put("OrganizationCoverageService.assignInstructor(long,long,long)", town((w, town) -> {
			long id = w.organization(town);
			long instructor = w.instructor(town);
			return w.attempt(() -> w.bean(OrganizationCoverageService.class).assignInstructor(id, 0, instructor),
					w.organizations(town));
		}));
		entries.put("OrganizationCoverageService.recordUncoveredReason(long,long,String)", town((w, town) -> {
			long id = w.organization(town);
			return w.attempt(() -> w.bean(OrganizationCoverageService.class).recordUncoveredReason(id, 0, "规模太小"),
					w.organizations(town));
		}));
	}

	private static void instructors(Map<String, Entry> entries) {
		entries.put("InstructorService.create(InstructorDraft)", town((w, town) -> {
			InstructorDraft draft = w.instructorDraft(w.instructor(town));
			draft.setCode(code("ZT"));
			return w.attempt(() -> w.bean(InstructorService.class).create(draft), w.instructors(town));
		}));
		entries.put("InstructorService.update(long,InstructorDraft)", town((w, town) -> {
			long id = w.instructor(town);
			InstructorDraft draft = w.instructorDraft(id);
			return w.attempt(() -> w.bean(InstructorService.class).update(id, draft), w.instructors(town));
		}));
		entries.put("InstructorService.upsert(InstructorDraft,String)", town((w, town) -> {
			InstructorDraft draft = w.instructorDraft(w.instructor(town));
			return w.attempt(() -> w.bean(InstructorService.class).upsert(draft, "scope-test"), w.instructors(town));
		}));
		entries.put("InstructorService.archive(long,long)", town((w, town) -> {
			long id = w.instructor(town);
			return w.attempt(() -> w.bean(InstructorService.class).archive(id, 0), w.instructors(town));
		}));
		entries.put("InstructorService.restore(long,long)", town((w, town) -> {
			long id = w.instructor(town);
			w.archive("instructor", id);
			return w.attempt(() -> w.bean(InstructorService.class).restore(id, 0), w.instructors(town));
		}));
		entries.put("InstructorTransferService.importRows(ImportPreview,ImportMode,ImportProgress)", town((w, town) -> {
			InstructorDraft draft = w.instructorDraft(w.instructor(town));
			return w.attempt(
					() -> w.bean(InstructorTransferService.class)
						.importRows(oneRow(draft), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE),
					w.instructors(town));
		}));
		entries.put("InstructorTransferService.preview(byte[],String,Charset,ImportProgress)", town((w, town) -> {
			String code = w.seeded("""
					SELECT i.code FROM instructor i JOIN instructor_town t ON t.instructor_id = i.id
					WHERE i.archived_at IS NULL GROUP BY i.id, i.code HAVING COUNT(*) = 1 AND MAX(t.town_id) = ?""",
					town);
			byte[] file = w.csv(out -> w.bean(InstructorTransferService.class)
				.export(new InstructorFilter(code, town, false), SheetFormat.CSV, out));
			return w.preview(() -> w.bean(InstructorTransferService.class)
				.preview(file, "instructors.csv", null, ImportProgress.NONE));
		}));
		entries.put("InstructorTransferService.export(InstructorFilter,SheetFormat,OutputStream)", NOT_A_WRITE_EXPORT);
		entries.put("InstructorTransferService.template(OutputStream)", NOT_A_WRITE_TEMPLATE);
	}

	private static void campaigns(Map<String, Entry> entries) {
		entries.put("CoverageActions.recordBranchFormed(BranchFormation)", town((w, town) -> {
			long id = w.organization(town);
			return w.attempt(
					() -> w.bean(CoverageActions.class)
						.recordBranchFormed(new BranchFormation(id, 0, BranchForm.JOINT, "中共联合支部", w.today, 0)),
					w.organizations(town));
		}));
		entries.put("CoverageActions.assignInstructor(InstructorAssignment)", town((w, town) -> {
			long id = w.organization(town);
			long instructor = w.instructor(town);
			return w.attempt(
					() -> w.bean(CoverageActions.class).assignInstructor(new InstructorAssignment(id, 0, instructor)),
					w.organizations(town));
		}));
		entries.put("CoverageActions.recordUncoveredReason(UncoveredReason)", town((w, town) -> {
			long id = w.organization(town);
			return w.attempt(
					() -> w.bean(CoverageActions.class).recordUncoveredReason(new UncoveredReason(id, 0, "规模太小")),
					w.organizations(town));
		}));
		entries.put("BranchActivityService.record(BranchActivityDraft)", town((w, town) -> {
			long id = w.branch(town);
			return w
				.attempt(
						() -> w.bean(BranchActivityService.class)
							.record(new BranchActivityDraft(id, w.today, ActivityKind.THEME_DAY, 12)),
						w.activities(town));
		}));
		entries.put("ElectionStages.completeStage(StageCompletion)", town((w, town) -> {
			long id = new ElectionTestData(w.jdbc, w.today).election(town, ElectionStage.AUDIT);
			return w.attempt(() -> w.bean(ElectionStages.class)
				.completeStage(StageCompletion.of(id, 0, ElectionStage.AUDIT, w.today)), w.elections(town));
		}));
		entries.put("ElectionStages.reopen(Reopening)", ADMIN);
		requests(entries);
	}

	private static void requests(Map<String, Entry> entries) {
		entries.put("RiderRequestService.fileHotline(HotlineRequest)",
				town((w, town) -> w.attempt(() -> w.bean(RiderRequestService.class)
					.fileHotline(new HotlineRequest(town, null, RequestCategory.TRAFFIC, "范围测试热线诉求", "13812341234")),
						w.requests(town))));
		entries.put("RiderRequestService.reply(long,long,String)", town((w, town) -> {
			long id = w.request(town);
			return w.attempt(() -> w.bean(RiderRequestService.class).reply(id, 0, "已收到"), w.requests(town));
		}));
		entries.put("RiderRequestService.close(long,long,String)", town((w, town) -> {
			long id = w.request(town);
			return w.attempt(() -> w.bean(RiderRequestService.class).close(id, 0, "已解决"), w.requests(town));
		}));
		entries.put("RiderRequestService.showPhone(long)", town((w, town) -> {
			long id = w.request(town);
			return w.attempt(() -> w.bean(RiderRequestService.class).showPhone(id), w.requests(town));
		}));
		entries.put("RiderRequestService.file(String,RequestSubmission)", new Entry.NotTownScoped(
				"a rider files on a station's public page: the case goes to the station's town, whoever calls"));
		entries.put("RiderRequestService.rate(String,int)", new Entry.NotTownScoped(
				"the rider rates their own closed case through the token of its link, not as a user"));
	}

	private static void notTownScoped(Map<String, Entry> entries) {
		String audit = "writes the audit row of a change inside the changing service's transaction (MANDATORY), "
				+ "after that service checked the town";
		entries.put("AuditService.record(AuditAction,String,long,Long,List)", new Entry.NotTownScoped(audit));
		entries.put("AuditService.record(AuditAction,String,long,Long,String,List)", new Entry.NotTownScoped(audit));
		entries.put("AuditService.recordSecurityEvents(List)", new Entry.NotTownScoped(
				"stores the security log's events (sign-ins, refused keys...), which concern no town's data"));
		entries.put("PasswordService.changeOwnPassword(String,String)",
				new Entry.NotTownScoped("changes the caller's own password"));
		entries.put("DisplayDeviceService.revoke(long)", ADMIN);
		String display = "a wall display's token: its own session, no town's data";
		entries.put("DisplayDeviceService.authenticate(String,String)", new Entry.NotTownScoped(display));
		entries.put("DisplayDeviceService.onRevoked(long,Runnable)", new Entry.NotTownScoped(display));
		entries.put("DisplayDeviceService.onAnyRevoked(LongConsumer)", new Entry.NotTownScoped(display));
		entries.put("DisplayDeviceService.onSessionEnded(long,String,Runnable)", new Entry.NotTownScoped(display));
		String device = "station devices, authenticated by their API key, not by a user";
		entries.put("StationKeyService.authenticate(String,String)", new Entry.NotTownScoped(device));
		entries.put("StationKeyService.checkKey(String,String)", new Entry.NotTownScoped(device));
		entries.put("StationKeyService.current(AuthenticatedStation)", new Entry.NotTownScoped(device));
		entries.put("StationKeyService.findByCode(String)", new Entry.NotTownScoped(device));
		entries.put("VisitService.recordVisit(String,String,VisitRequest)", new Entry.NotTownScoped(device));
		entries.put("VisitService.recordVisit(AuthenticatedStation,VisitRequest)", new Entry.NotTownScoped(device));
		entries.put("VisitService.recordPostedVisit(AuthenticatedStation,VisitRequest)",
				new Entry.NotTownScoped(device));
		entries.put("VisitService.recordVisits(AuthenticatedStation,List)", new Entry.NotTownScoped(device));
		String rider = "a rider's check-in on a station's public page, by no user";
		entries.put("StationKeyService.findForCheckIn(String)", new Entry.NotTownScoped(rider));
		entries.put("CheckInService.checkIn(String,CheckInRequest)", new Entry.NotTownScoped(rider));
	}

	private static Entry town(Fixture fixture) {
		return new Entry.TownScoped(fixture);
	}

	private static <B> ImportPreview<B> oneRow(B draft) {
		return new ImportPreview<>(1, List.of(new ImportRow<>(2, draft)), List.of(), null);
	}

	private static String code(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

	// ---- fixtures: records of a town, drafts that change them, and what a change leaves

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	Attempt attempt(Call call, Supplier<Object> state) {
		return new Attempt(call, state, TownWriteScopeIT.Outcome.DENIED);
	}

	/**
	 * A call that only prints (a poster): refused outside the user's towns, and stores
	 * nothing either way.
	 */
	Attempt printed(Call call) {
		return new Attempt(call, () -> "a poster stores nothing", new TownWriteScopeIT.Outcome() {

			@Override
			public void assertRefused(String method, Call print) throws Exception {
				TownWriteScopeIT.Outcome.DENIED.assertRefused(method, print);
			}

			@Override
			public void assertAllowed(String method, Call print) throws Exception {
				print.run();
			}

			@Override
			public boolean changes() {
				return false;
			}

		});
	}

	/**
	 * A preview of a file with a row of the town: refused, the row is a bad row of the
	 * caller's towns; allowed, it is a good row. A preview stores nothing either way.
	 */
	Attempt preview(Call call) {
		return new Attempt(call, () -> "a preview stores nothing", new TownWriteScopeIT.Outcome() {

			@Override
			public void assertRefused(String method, Call preview) throws Exception {
				ImportPreview<?> result = (ImportPreview<?>) preview.run();
				assertThat(result.total()).as(method).isPositive();
				assertThat(result.valid()).as(method).isEmpty();
				assertThat(result.problems()).as(method).isNotEmpty();
			}

			@Override
			public void assertAllowed(String method, Call preview) throws Exception {
				ImportPreview<?> result = (ImportPreview<?>) preview.run();
				assertThat(result.problems()).as(method).isEmpty();
				assertThat(result.valid()).as(method).isNotEmpty();
			}

			@Override
			public boolean changes() {
				return false;
			}

		});
	}

	byte[] csv(Export export) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(export.write(out)).as("rows exported").isPositive();
		return out.toByteArray();
	}

	String seeded(String sql, long town) {
		List<String> found = this.jdbc.queryForList(sql + " LIMIT 1", String.class, town);
		assertThat(found).as("a seeded record of town %d", town).isNotEmpty();
		return found.get(0);
	}

	long community(long town) {
		return insert("INSERT INTO community (code, name, town_id, kind, households, population)"
				+ " VALUES (?, ?, ?, 'VILLAGE', 500, 1500)", code("E"), "范围测试村" + code(""), town);
	}

	CommunityDraft communityDraft(long id) {
		CommunityDraft draft = CommunityDraft.of(bean(CommunityService.class).community(id));
		draft.setName("改名测试村" + code(""));
		return draft;
	}

	long station(long town) {
		return Long.parseLong(seeded(
				"SELECT CAST(id AS CHAR) FROM rider_station WHERE town_id = ? " + "AND archived_at IS NULL ORDER BY id",
				town));
	}

	StationDraft stationDraft(long id) {
		StationDraft draft = StationDraft.of(bean(StationService.class).station(id));
		draft.setName("改名测试驿站" + code(""));
		return draft;
	}

	long organization(long town) {
		return insert("""
				INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees, full_members,
				    branch_form, status)
				VALUES (?, ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 2, 'NONE', 'ACTIVE')""", "范围测试组织" + code(""),
				TestCreditCodes.next(), town);
	}

	/** An active organisation of the town whose branch was formed 30 days ago. */
	long branch(long town) {
		long id = insert("""
				INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees, full_members,
				    branch_form, branch_name, branch_formed_on, branch_members, status)
				VALUES (?, ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 3, 'JOINT', '测试支部', ?, 3, 'ACTIVE')""",
				"范围测试组织" + code(""), TestCreditCodes.next(), town, this.today.minusDays(30));
		TestPartyOrganizations.cover(this.jdbc, id);
		return id;
	}

	OrganizationDraft organizationDraft(long id) {
		OrganizationDraft draft = OrganizationDraft.of(bean(OrganizationService.class).organization(id));
		draft.setName("改名测试组织" + code(""));
		return draft;
	}

	long instructor(long town) {
		long id = insert("INSERT INTO instructor (code, name, work_unit, phone) VALUES (?, '范围测试指导员', '测试单位', "
				+ "'13800000000')", code("T"));
		this.jdbc.update("INSERT INTO instructor_town (instructor_id, town_id) VALUES (?, ?)", id, town);
		return id;
	}

	InstructorDraft instructorDraft(long id) {
		InstructorDraft draft = InstructorDraft.of(bean(InstructorService.class).instructor(id));
		draft.setName("改名测试指导员");
		return draft;
	}

	void archive(String table, long id) {
		this.jdbc.update("UPDATE " + table + " SET archived_at = UTC_TIMESTAMP(6) WHERE id = ?", id);
	}

	long version(String table, long id) {
		return this.jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
	}

	Supplier<Object> communities(long town) {
		return state("SELECT COUNT(*), SUM(version), COUNT(archived_at) FROM community WHERE town_id = ?", town);
	}

	Supplier<Object> stations(long town) {
		return state("SELECT COUNT(*), SUM(version), COUNT(archived_at) FROM rider_station WHERE town_id = ?", town);
	}

	Supplier<Object> organizations(long town) {
		return state("SELECT COUNT(*), SUM(version), COUNT(archived_at) FROM organization WHERE town_id = ?", town);
	}

	Supplier<Object> instructors(long town) {
		return state("""
				SELECT COUNT(*), SUM(i.version), COUNT(i.archived_at) FROM instructor i
				JOIN instructor_town t ON t.instructor_id = i.id WHERE t.town_id = ?""", town);
	}

	/** A joint Party organisation of the town that no organisation belongs to yet. */
	long partyOrganization(long town) {
		return insert("""
				INSERT INTO party_organization (name, level, form, secretary_name, formed_on, full_members,
				    probationary_members, town_id, version)
				VALUES (?, 'BRANCH', 'JOINT', '测试书记', ?, 3, 0, ?, 0)""", "范围测试支部" + code(""), this.today.minusDays(60),
				town);
	}

	Supplier<Object> partyOrganizations(long town) {
		return state("SELECT COUNT(*), SUM(version) FROM party_organization WHERE town_id = ?", town);
	}

	Supplier<Object> activities(long town) {
		return state("""
				SELECT COUNT(*) FROM party_activity a JOIN organization o ON o.id = a.organization_id
				WHERE o.town_id = ?""", town);
	}

	/** A rider request of the town, received an hour ago and waiting for its reply. */
	long request(long town) {
		return insert("""
				INSERT INTO rider_request (town_id, channel, category, text, phone, status, received_at, reply_due,
				    close_due, rating_token, version)
				VALUES (?, 'HOTLINE', 'OTHER', '范围测试诉求', '13812341234', 'RECEIVED', UTC_TIMESTAMP(6) - INTERVAL 1 HOUR,
				    UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL 7 DAY, ?, 0)""", town, code("T"));
	}

	Supplier<Object> requests(long town) {
		return state("SELECT COUNT(*), SUM(version), COUNT(closed_at) FROM rider_request WHERE town_id = ?", town);
	}

	Supplier<Object> elections(long town) {
		return state("SELECT COUNT(*), SUM(version) FROM community_election WHERE town_id = ?", town);
	}

	/**
	 * The town's rows of a table, with every audit row and outbox event: what a refused
	 * write must leave as it was.
	 */
	private Supplier<Object> state(String sql, long town) {
		return () -> List.of(this.jdbc.queryForList(sql, town),
				this.jdbc.queryForList("SELECT COUNT(*) FROM audit_entry"),
				this.jdbc.queryForList("SELECT COUNT(*) FROM domain_event"));
	}

	private long insert(String sql, @Nullable Object... args) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	/** A call of a service method. */
	@FunctionalInterface
	interface Call {

		@Nullable Object run() throws Exception;

	}

	@FunctionalInterface
	interface Export {

		int write(ByteArrayOutputStream out) throws Exception;

	}

	/** How to call a write method on a record of a given town. */
	@FunctionalInterface
	interface Fixture {

		Attempt prepare(TownWrites writes, long town) throws Exception;

	}

	/**
	 * A call ready to run, what it would change, and how it is expected to be refused or
	 * allowed.
	 */
	record Attempt(Call call, Supplier<Object> state, TownWriteScopeIT.Outcome outcome) {
	}

	/** How a write method keeps to the towns. */
	sealed interface Entry {

		/** Called on a record of a town: refused outside the user's towns. */
		record TownScoped(Fixture fixture) implements Entry {
		}

		/** Guarded by {@code Access.ADMIN}: refused to the user whatever their towns. */
		record AdminOnly() implements Entry {
		}

		/** No town's records: why. */
		record NotTownScoped(String reason) implements Entry {
		}

	}

}

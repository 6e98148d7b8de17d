package cn.pinghu.socialwork.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.pinghu.socialwork.bench.BenchReport.ExportResult;
import cn.pinghu.socialwork.bench.BenchReport.ImportTiming;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.organizations.OrganizationDraft;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.organizations.OrganizationTransferService;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.shared.transfer.ExportWriter;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.Importer;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.shared.transfer.TransferDefinition;
import jakarta.validation.Validator;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation export and import at full size, as the signed-in user: the export is
 * the organisation export itself; the import reads and checks its file through the shared
 * importer and stores it through the organisation import.
 */
final class OrganizationTransfers {

	private static final Logger log = LoggerFactory.getLogger(OrganizationTransfers.class);

	/** Share of the import's rows that change stored organisations; the rest are new. */
	private static final double CHANGED_SHARE = 0.2;

	private final OrganizationService organizations;

	private final OrganizationTransferService transfer;

	private final CommunityService places;

	private final InstructorService instructors;

	private final Validator validator;

	OrganizationTransfers(OrganizationService organizations, OrganizationTransferService transfer,
			CommunityService places, InstructorService instructors, Validator validator) {
		this.organizations = organizations;
		this.transfer = transfer;
		this.places = places;
		this.instructors = instructors;
		this.validator = validator;
	}

	/**
	 * The organisation list as it opens (every organisation in use) to .xlsx, through
	 * {@link OrganizationTransferService#export}.
	 */
	ExportResult export(BenchSettings settings) throws IOException, InterruptedException {
		log.info("Exporting the organisations in use to .xlsx");
		OrganizationFilter inUse = OrganizationFilter.inUse();
		Files.createDirectories(settings.out());
		Path file = settings.out().resolve("organizations-export.xlsx");
		int written;
		long start;
		long end;
		HeapWatch heap = HeapWatch.start();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			start = System.nanoTime();
			written = this.transfer.export(inUse, SheetFormat.XLSX, out);
			out.flush();
			end = System.nanoTime();
		}
		finally {
			heap.close();
		}
		assertThat(written).isEqualTo(settings.organizations());
		assertThat(dataRows(file)).isEqualTo(settings.organizations());
		long bytes = Files.size(file);
		Files.delete(file);
		return new ExportResult(written, (end - start) / 1e9, bytes, heap.baselineBytes(), heap.retainedGrowthBytes(),
				heap.peakAfterGcGrowthBytes(), heap.peakGrowthBytes());
	}

	/**
	 * An .xlsx of new organisations and changes to stored ones, read and checked by the
	 * shared importer, then stored by {@link OrganizationTransferService#importRows}.
	 */
	ImportTiming importRows(BenchSettings settings, MasterDataGenerator generator) throws IOException {
		log.info("Importing {} rows", settings.importRows());
		int changedRows = (int) Math.round(settings.importRows() * CHANGED_SHARE);
		List<OrganizationDetails> rows = new ArrayList<>(
				generator.newOrganizations(settings.importRows() - changedRows));
		OrganizationFilter inUse = OrganizationFilter.inUse();
		this.organizations.page(inUse, PageRequest.of(1, changedRows))
			.forEach(o -> rows.add(new OrganizationDetails(o.id(), o.name(), o.creditCode(), o.kind(), o.industry(),
					o.townId(), o.communityId(), o.address(), o.employees() + 1, o.fullMembers(), o.branchForm(),
					o.branchName(), o.branchFormedOn(), o.instructorId(), o.contactName(), generator.phone(),
					o.uncoveredReason(), o.status(), null, o.version())));
		TransferDefinition<OrganizationDetails, OrganizationDraft> definition = sheet().definition(this.validator);
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (ExportWriter writer = ExportWriter.open(SheetFormat.XLSX, file, definition.headers())) {
			for (OrganizationDetails row : rows) {
				writer.row(OrganizationSheet.values(definition, row));
			}
		}

		long start = System.nanoTime();
		ImportPreview<OrganizationDraft> preview = Importer.preview(definition,
				SheetReader.read(file.toByteArray(), "organizations.xlsx", null), ImportProgress.NONE);
		long checked = System.nanoTime();
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.valid()).hasSize(settings.importRows());
		ImportResult result = this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		long stored = System.nanoTime();
		assertThat(result.created()).isEqualTo(settings.importRows() - changedRows);
		assertThat(result.updated()).isEqualTo(changedRows);
		return new ImportTiming(settings.importRows(), result.created(), result.updated(), result.unchanged(),
				(checked - start) / 1e9, (stored - checked) / 1e9);
	}

	private OrganizationSheet sheet() {
		return new OrganizationSheet(this.places.townNames(),
				this.places.communities(new CommunityFilter(null, null, null, true), Pageable.unpaged()).getContent(),
				this.instructors.names());
	}

	private static long dataRows(Path file) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			return rows.count() - 1;
		}
	}

}

package cn.pinghu.socialwork.stations;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable A4 posters of the rider stations (PDF): the station's name and address, a
 * large QR code to its check-in page ({@link CheckInAddresses}) and a short instruction
 * in Chinese, whatever language the user reads the console in, since riders read the
 * poster. Administrators print every station's, coordinators their towns' (the towns they
 * change: {@link CurrentUser#writeScope()}), leaders none. A poster stores nothing.
 */
@Service
@Transactional(readOnly = true)
public class StationPosterService {

	/** The language of the posters. */
	static final Locale POSTER_LOCALE = Locale.SIMPLIFIED_CHINESE;

	/** The content type of a poster file. */
	public static final String CONTENT_TYPE = "application/pdf";

	private final RiderStationRepository stations;

	private final CheckInAddresses addresses;

	private final CurrentUser currentUser;

	private final RegionService region;

	private final MessageSource messages;

	StationPosterService(RiderStationRepository stations, CheckInAddresses addresses, CurrentUser currentUser,
			RegionService region, MessageSource messages) {
		this.stations = stations;
		this.addresses = addresses;
		this.currentUser = currentUser;
		this.region = region;
		this.messages = messages;
	}

	/**
	 * Whether the caller prints posters at all: administrators and coordinators with
	 * towns.
	 */
	@PreAuthorize(Access.READERS)
	public boolean mayPrint() {
		return !this.currentUser.writeScope().isEmpty();
	}

	/**
	 * Whether the caller may print this station's poster: one of their towns', in use.
	 */
	@PreAuthorize(Access.READERS)
	public boolean mayPrint(StationDetails station) {
		return !station.archived() && this.currentUser.writeScope().includes(station.townId());
	}

	/**
	 * Why no poster can be printed now, as a translation key: production without
	 * {@value CheckInAddresses#SETTING}. Empty when posters can be printed.
	 */
	@PreAuthorize(Access.READERS)
	public Optional<String> refusal() {
		return this.addresses.refusal();
	}

	/**
	 * The address the station's QR code leads to.
	 * @param requestBase the address of the asking request, used only outside production
	 * without the setting
	 * @throws PosterRefusedException in production without the setting
	 */
	@PreAuthorize(Access.READERS)
	public String checkInAddress(long id, @Nullable String requestBase) {
		return this.addresses.of(find(id).getCode(), requestBase);
	}

	/**
	 * Writes the station's poster as a one-page PDF.
	 * @param requestBase the address of the asking request, used only outside production
	 * without the setting
	 * @throws AccessDeniedException when the station is not in the caller's towns
	 * @throws PosterRefusedException in production without the setting, or for an
	 * archived station
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@PreAuthorize(Access.EDITORS)
	public void writePoster(long id, @Nullable String requestBase, OutputStream out) throws IOException {
		RiderStation station = find(id);
		if (!this.currentUser.writeScope().includes(station.getTownId())) {
			throw new AccessDeniedException("Station " + id + " is not in the towns the caller prints posters for");
		}
		if (station.getArchivedAt() != null) {
			throw new PosterRefusedException(PosterRefusedException.ARCHIVED);
		}
		write(List.of(poster(station.getCode(), station.getName(), station.getAddress(), requestBase)), out);
	}

	/**
	 * Writes one PDF with a page for each station in use in the caller's towns, in code
	 * order.
	 * @return how many pages were written
	 * @throws PosterRefusedException in production without the setting, or when the
	 * caller's towns have no station in use
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@PreAuthorize(Access.EDITORS)
	public int writeAllPosters(@Nullable String requestBase, OutputStream out) throws IOException {
		TownScope scope = this.currentUser.writeScope();
		List<RiderStationRepository.PosterLines> inScope = scope.allTowns() ? this.stations.findPosterLinesInUse()
				: scope.townIds().isEmpty() ? List.of() : this.stations.findPosterLinesInUse(scope.townIds());
		if (inScope.isEmpty()) {
			throw new PosterRefusedException(PosterRefusedException.NO_STATIONS);
		}
		List<PosterPages.Poster> posters = inScope.stream()
			.map(station -> poster(station.getCode(), station.getName(), station.getAddress(), requestBase))
			.toList();
		write(posters, out);
		return posters.size();
	}

	private PosterPages.Poster poster(String code, String name, String address, @Nullable String requestBase) {
		return new PosterPages.Poster(code, name, address, this.addresses.of(code, requestBase));
	}

	/**
	 * Lays the posters out in one document, its page contents kept in a scratch file
	 * rather than the heap, and writes it to the stream, which it leaves open.
	 */
	private void write(List<PosterPages.Poster> posters, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(message("stations.poster.document-title"));
			PosterPages pages = new PosterPages(document, PosterFont.get(), texts());
			for (PosterPages.Poster poster : posters) {
				pages.add(poster);
			}
			document.save(out);
		}
	}

	private PosterPages.Texts texts() {
		String department = this.region.current().department();
		return new PosterPages.Texts(
				(department != null && !department.isBlank()) ? department : this.region.current().displayName(),
				message("stations.poster.heading"), message("stations.poster.instruction"),
				message("stations.poster.hint"), message("stations.poster.footer"));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, POSTER_LOCALE);
	}

	private RiderStation find(long id) {
		return this.stations.findById(id).orElseThrow(() -> new IllegalArgumentException("No station " + id));
	}

}

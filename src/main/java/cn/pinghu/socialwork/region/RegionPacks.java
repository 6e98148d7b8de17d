package cn.pinghu.socialwork.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.identity.Access;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The region packs on the classpath ({@code regions/<id>/region.json}, with
 * {@code outline.geojson} and {@code towns.csv} beside it when the pack has them), read
 * when asked: the first-run setup offers them. A pack whose {@code region.json} cannot be
 * read is left out and logged.
 */
@Service
public class RegionPacks {

	private static final Logger LOG = LoggerFactory.getLogger(RegionPacks.class);

	private static final String PATTERN = "classpath*:regions/*/region.json";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
			RegionPacks.class.getClassLoader());

	/** Every pack found, by name. */
	@PreAuthorize(Access.ADMIN)
	public List<RegionPack> packs() {
		Resource[] found;
		try {
			found = this.resolver.getResources(PATTERN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<RegionPack> packs = new ArrayList<>();
		for (Resource json : found) {
			read(json).ifPresent(packs::add);
		}
		packs.sort(Comparator.comparing(RegionPack::divisionCode).thenComparing(RegionPack::id));
		return List.copyOf(packs);
	}

	/** The pack with the id, if there is one. */
	@PreAuthorize(Access.ADMIN)
	public Optional<RegionPack> pack(String id) {
		return packs().stream().filter(pack -> pack.id().equals(id)).findFirst();
	}

	private static Optional<RegionPack> read(Resource json) {
		try {
			JsonNode region = JSON.readTree(json.getInputStream());
			String id = folderOf(json);
			String outline = text(sibling(json, "outline.geojson"));
			Resource towns = sibling(json, "towns.csv");
			return Optional.of(new RegionPack(id, region.path("name").asText(), region.path("code").asText(),
					region.path("department").asText(), region.path("timeZone").asText("Asia/Shanghai"), outline,
					(towns != null) ? bytes(towns) : null));
		}
		catch (IOException ex) {
			LOG.warn("Region pack {} cannot be read; it is left out", json, ex);
			return Optional.empty();
		}
	}

	private static String folderOf(Resource json) throws IOException {
		String path = json.getURL().toString();
		String folder = path.substring(0, path.lastIndexOf('/'));
		return folder.substring(folder.lastIndexOf('/') + 1);
	}

	private static @Nullable Resource sibling(Resource json, String name) throws IOException {
		Resource file = json.createRelative(name);
		return file.exists() ? file : null;
	}

	private static @Nullable String text(@Nullable Resource file) throws IOException {
		return (file != null) ? new String(bytes(file), StandardCharsets.UTF_8) : null;
	}

	private static byte[] bytes(Resource file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
	}

}

package cn.pinghu.socialwork.places;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A town as the town form edits it; messages are translation keys ({@code i18n/places}).
 */
public class TownDraft {

	/** Upper-case letters and digits, starting with a letter, as in {@code T01}. */
	public static final String CODE_PATTERN = "[A-Z][A-Z0-9]{1,15}";

	/**
	 * A town's division code (乡级区划代码): nine digits, the county's six and three of its
	 * own; empty while unknown.
	 */
	public static final String DIVISION_CODE_PATTERN = "(\\d{9})?";

	@NotBlank(message = "places.validation.code-required")
	@Pattern(regexp = CODE_PATTERN, message = "towns.validation.code-pattern")
	private @Nullable String code;

	@NotBlank(message = "places.validation.name-required")
	@Size(max = 64, message = "places.validation.name-too-long")
	private @Nullable String name;

	@NotNull(message = "places.validation.kind-required")
	private @Nullable TownKind kind = TownKind.TOWN;

	@NotNull(message = "towns.validation.order-required")
	@Min(value = 0, message = "towns.validation.order-range")
	@Max(value = 9999, message = "towns.validation.order-range")
	private @Nullable Integer sortOrder = 0;

	@Pattern(regexp = DIVISION_CODE_PATTERN, message = "towns.validation.division-code-pattern")
	private @Nullable String divisionCode;

	private long version;

	public static TownDraft of(TownDetails town) {
		TownDraft draft = new TownDraft();
		draft.code = town.code();
		draft.name = town.name();
		draft.kind = town.kind();
		draft.sortOrder = town.sortOrder();
		draft.divisionCode = town.divisionCode();
		draft.version = town.version();
		return draft;
	}

	public @Nullable String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable TownKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable TownKind kind) {
		this.kind = kind;
	}

	public @Nullable Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(@Nullable Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public @Nullable String getDivisionCode() {
		return this.divisionCode;
	}

	public void setDivisionCode(@Nullable String divisionCode) {
		this.divisionCode = divisionCode;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

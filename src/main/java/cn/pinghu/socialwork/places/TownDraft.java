package cn.pinghu.socialwork.places;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A town as the town form edits it; messages are translation keys ({@code i18n/places}).
 */
public class TownDraft extends PlaceDraft {

	/** Upper-case letters and digits, starting with a letter, as in {@code T01}. */
	public static final String CODE_PATTERN = "[A-Z][A-Z0-9]{1,15}";

	/**
	 * A town's division code (乡级区划代码): nine digits, the county's six and three of its
	 * own; empty while unknown.
	 */
	public static final String DIVISION_CODE_PATTERN = "(\\d{9})?";

	@NotNull(message = "places.validation.kind-required")
	private @Nullable TownKind kind = TownKind.TOWN;

	@NotNull(message = "towns.validation.order-required")
	@Min(value = 0, message = "towns.validation.order-range")
	@Max(value = 9999, message = "towns.validation.order-range")
	private @Nullable Integer sortOrder = 0;

	@Pattern(regexp = DIVISION_CODE_PATTERN, message = "towns.validation.division-code-pattern")
	private @Nullable String divisionCode;

	public static TownDraft of(TownDetails town) {
		TownDraft draft = new TownDraft();
		draft.copy(town.code(), town.name(), town.version());
		draft.kind = town.kind();
		draft.sortOrder = town.sortOrder();
		draft.divisionCode = town.divisionCode();
		return draft;
	}

	@Override
	@Pattern(regexp = CODE_PATTERN, message = "towns.validation.code-pattern")
	public @Nullable String getCode() {
		return super.getCode();
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

}

package cn.pinghu.socialwork.shared.i18n;

/**
 * The name of the region the console serves, such as 嘉善县, for the titles that
 * {@code shared} builds (the console's frame): the region feature implements it. Empty
 * while no region is set.
 */
public interface RegionName {

	/** The region's name, or empty while none is set. */
	String regionName();

}

/**
 * Rider stations and the visits riders pay them.
 */
@NullMarked
package cn.pinghu.socialwork.stations;

import org.jspecify.annotations.NullMarked;

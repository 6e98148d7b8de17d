/**
 * Rider stations as master data, and their API keys.
 */
@NullMarked
package cn.pinghu.socialwork.stations;

import org.jspecify.annotations.NullMarked;

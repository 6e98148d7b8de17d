/**
 * The stored region setting, one row.
 */
@NullMarked
package cn.pinghu.socialwork.region.internal;

import org.jspecify.annotations.NullMarked;

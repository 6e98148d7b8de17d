/**
 * The region's settings page for administrators.
 */
@NullMarked
package cn.pinghu.socialwork.region.ui;

import org.jspecify.annotations.NullMarked;

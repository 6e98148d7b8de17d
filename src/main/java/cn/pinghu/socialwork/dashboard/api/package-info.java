/**
 * The snapshot REST API for displays.
 */
@NullMarked
package cn.pinghu.socialwork.dashboard.api;

import org.jspecify.annotations.NullMarked;

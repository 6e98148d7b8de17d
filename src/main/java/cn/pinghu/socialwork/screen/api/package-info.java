/**
 * The snapshot REST API for displays.
 */
@NullMarked
package cn.pinghu.socialwork.screen.api;

import org.jspecify.annotations.NullMarked;

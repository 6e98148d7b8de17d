/**
 * The big screen.
 */
@NullMarked
package cn.pinghu.socialwork.dashboard.ui;

import org.jspecify.annotations.NullMarked;

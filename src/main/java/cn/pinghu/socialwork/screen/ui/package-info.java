/**
 * The big screen.
 */
@NullMarked
package cn.pinghu.socialwork.screen.ui;

import org.jspecify.annotations.NullMarked;

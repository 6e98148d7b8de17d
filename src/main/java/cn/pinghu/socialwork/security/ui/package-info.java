/**
 * The login view.
 */
@NullMarked
package cn.pinghu.socialwork.security.ui;

import org.jspecify.annotations.NullMarked;

/**
 * The first-run setup page and the guard that offers it to an administrator at sign-in.
 */
@NullMarked
package cn.pinghu.socialwork.setup.ui;

import org.jspecify.annotations.NullMarked;

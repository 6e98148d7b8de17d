/**
 * The main layout and widgets every view uses.
 */
@NullMarked
package cn.pinghu.socialwork.shared.ui;

import org.jspecify.annotations.NullMarked;

/** The download link of the weekly report, for the screens that offer it. */
@NullMarked
package cn.pinghu.socialwork.shared.report.ui;

import org.jspecify.annotations.NullMarked;

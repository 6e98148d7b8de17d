/** The 报表 page. */
@NullMarked
package cn.pinghu.socialwork.reports.ui;

import org.jspecify.annotations.NullMarked;

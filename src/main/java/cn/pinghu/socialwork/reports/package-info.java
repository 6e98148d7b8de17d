/**
 * 报表: the downloads that sum up the campaigns, first the weekly report (社会工作周报), and the
 * page that lists them. On top of the campaigns, beside the wall screens.
 */
@NullMarked
package cn.pinghu.socialwork.reports;

import org.jspecify.annotations.NullMarked;

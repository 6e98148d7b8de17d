/**
 * 扫码签到: a station's public check-in page for riders' phones ({@code /s/{code}}), plain
 * HTML written on the server, and its limits.
 */
@NullMarked
package cn.pinghu.socialwork.visits.checkin;

import org.jspecify.annotations.NullMarked;

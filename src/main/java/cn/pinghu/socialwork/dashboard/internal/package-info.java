/**
 * Entities and repositories of the dashboard feature: the big screen's stored settings.
 */
@NullMarked
package cn.pinghu.socialwork.dashboard.internal;

import org.jspecify.annotations.NullMarked;

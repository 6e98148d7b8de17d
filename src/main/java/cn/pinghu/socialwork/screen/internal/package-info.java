/**
 * Entities and repositories of the wall screens: the big screen's stored settings.
 */
@NullMarked
package cn.pinghu.socialwork.screen.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Progress against targets that both campaigns share: the 三色 signal. Below the campaigns,
 * above nothing but {@code shared}.
 */
@NullMarked
package cn.pinghu.socialwork.progress;

import org.jspecify.annotations.NullMarked;

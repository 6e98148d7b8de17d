/**
 * Small tools for background work that every feature shares, such as folding bursts of
 * triggers into few runs.
 */
@NullMarked
package cn.pinghu.socialwork.shared.concurrent;

import org.jspecify.annotations.NullMarked;

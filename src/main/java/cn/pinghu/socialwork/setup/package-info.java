/**
 * The first-run setup (首次设置): what a new install still lacks (the region, its outline,
 * towns, communities, the first users) and the page that walks an administrator through
 * it.
 */
@NullMarked
package cn.pinghu.socialwork.setup;

import org.jspecify.annotations.NullMarked;

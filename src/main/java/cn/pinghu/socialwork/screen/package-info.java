/**
 * The wall screens (大屏): their settings here, the live numbers in {@code live}, the
 * snapshot API in {@code api}, the STOMP feed in {@code feed} and the screens themselves
 * in {@code ui}. On top of every other feature: nothing imports it.
 */
@NullMarked
package cn.pinghu.socialwork.screen;

import org.jspecify.annotations.NullMarked;

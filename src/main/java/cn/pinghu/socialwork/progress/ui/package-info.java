/** The 三色 signal as the campaigns' views show it. */
@NullMarked
package cn.pinghu.socialwork.progress.ui;

import org.jspecify.annotations.NullMarked;

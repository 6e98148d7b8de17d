/**
 * Translation and locale support.
 */
@NullMarked
package cn.pinghu.socialwork.shared.i18n;

import org.jspecify.annotations.NullMarked;

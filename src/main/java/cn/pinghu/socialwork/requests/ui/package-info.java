/**
 * The rider requests' worklist and its dialogs.
 */
@NullMarked
package cn.pinghu.socialwork.requests.ui;

import org.jspecify.annotations.NullMarked;

/**
 * Views of the coverage drive.
 */
@NullMarked
package cn.pinghu.socialwork.coverage.ui;

import org.jspecify.annotations.NullMarked;

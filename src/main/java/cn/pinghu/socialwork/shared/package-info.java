/**
 * Pieces every feature uses; imports no feature.
 */
@NullMarked
package cn.pinghu.socialwork.shared;

import org.jspecify.annotations.NullMarked;

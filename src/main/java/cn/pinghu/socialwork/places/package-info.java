/**
 * Towns and communities: the places every feature is counted by.
 */
@NullMarked
package cn.pinghu.socialwork.places;

import org.jspecify.annotations.NullMarked;

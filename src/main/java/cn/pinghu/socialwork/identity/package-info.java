/**
 * Who is signed in and what they may do: the roles, the signed-in user and their towns,
 * and the method-security expressions every feature's services use. Below every feature
 * but {@code shared}: it names no feature.
 */
@NullMarked
package cn.pinghu.socialwork.identity;

import org.jspecify.annotations.NullMarked;

/**
 * Users, roles, login and access rules.
 */
@NullMarked
package cn.pinghu.socialwork.security;

import org.jspecify.annotations.NullMarked;

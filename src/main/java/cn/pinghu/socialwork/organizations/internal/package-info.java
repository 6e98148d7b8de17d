/**
 * Entities and repositories of the organisations and instructors; nobody outside the
 * feature uses them.
 */
@NullMarked
package cn.pinghu.socialwork.organizations.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Views of the organisations and instructors: their lists and forms.
 */
@NullMarked
package cn.pinghu.socialwork.organizations.ui;

import org.jspecify.annotations.NullMarked;

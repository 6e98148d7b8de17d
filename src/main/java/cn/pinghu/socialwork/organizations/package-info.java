/**
 * The master data of the new economic and social organisations (两新组织) and of the
 * Party-building instructors: their lists, forms, imports and exports, and the
 * credit-code rules.
 */
@NullMarked
package cn.pinghu.socialwork.organizations;

import org.jspecify.annotations.NullMarked;

/**
 * What master-data commands of every feature have in common: the stored rows' id, version
 * and archive columns, versioned writes, the grid sort mapping, and the exceptions that
 * views turn into a conflict dialog or an inline error.
 */
@NullMarked
package cn.pinghu.socialwork.shared.data;

import org.jspecify.annotations.NullMarked;

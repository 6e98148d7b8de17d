/**
 * The import dialog and the export menu that master-data lists add to their toolbar.
 */
@NullMarked
package cn.pinghu.socialwork.shared.transfer.ui;

import org.jspecify.annotations.NullMarked;

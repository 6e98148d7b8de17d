/**
 * Excel (.xlsx) and CSV import and export of master data: reading and checking a file
 * against a per-entity {@link cn.pinghu.socialwork.shared.transfer.TransferDefinition},
 * and writing a filtered list page by page. Features plug in with a definition and their
 * own upsert; {@link cn.pinghu.socialwork.shared.transfer.TransferTemplate} does the
 * rest.
 */
@NullMarked
package cn.pinghu.socialwork.shared.transfer;

import org.jspecify.annotations.NullMarked;

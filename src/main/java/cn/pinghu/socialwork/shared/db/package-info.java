/**
 * The embedded MariaDB for local runs and tests.
 */
@NullMarked
package cn.pinghu.socialwork.shared.db;

import org.jspecify.annotations.NullMarked;

/**
 * The embedded MariaDB for local runs and tests, and how the production jar is told
 * apart.
 */
@NullMarked
package cn.pinghu.socialwork.shared.db;

import org.jspecify.annotations.NullMarked;

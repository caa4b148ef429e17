/**
 * The history table: which migrations were applied, when, and how far a failed one got.
 */
@NullMarked
package dev.migrate.history;

import org.jspecify.annotations.NullMarked;

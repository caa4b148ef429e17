/**
 * The autodetector: what operations turn one schema into another, with rename detection and the questioner that confirms renames.
 */
@NullMarked
package dev.migrate.diff;

import org.jspecify.annotations.NullMarked;

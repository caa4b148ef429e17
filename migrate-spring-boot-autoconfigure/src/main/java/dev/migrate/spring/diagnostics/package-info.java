/**
 * Failure analyzers that explain migrate's errors at start-up.
 */
@NullMarked
package dev.migrate.spring.diagnostics;

import org.jspecify.annotations.NullMarked;

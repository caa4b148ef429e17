/**
 * The Maven goals ({@code migrate:make}, {@code migrate:check}, ...): each runs the application's command in a forked JVM.
 */
@NullMarked
package dev.migrate.maven;

import org.jspecify.annotations.NullMarked;

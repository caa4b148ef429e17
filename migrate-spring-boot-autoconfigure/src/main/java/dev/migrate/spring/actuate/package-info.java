/**
 * Actuator support: the {@code migrations} endpoint, the health indicator and the metrics.
 */
@NullMarked
package dev.migrate.spring.actuate;

import org.jspecify.annotations.NullMarked;

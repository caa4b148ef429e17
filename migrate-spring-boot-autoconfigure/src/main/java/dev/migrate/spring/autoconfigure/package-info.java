/**
 * The auto-configuration: the migrations' data source and connection details, the start-up initializer, the actuator endpoint, health indicator and metrics.
 */
@NullMarked
package dev.migrate.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;

/**
 * The example application: the Book walkthrough of the README as a runnable Spring Boot application.
 */
@NullMarked
package dev.migrate.example;

import org.jspecify.annotations.NullMarked;

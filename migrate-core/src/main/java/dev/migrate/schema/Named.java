package dev.migrate.schema;

/**
 * What a table keeps sorted and finds by name: its indexes and constraints. An interface rather than
 * a function per kind, so that a replay's first tables spin no lambda classes in a cold JVM.
 */
interface Named {

    String name();
}

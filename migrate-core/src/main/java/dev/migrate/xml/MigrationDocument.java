package dev.migrate.xml;

import dev.migrate.operation.Operation;
import java.util.List;

/**
 * The content of one migration file: the migrations it comes after and its operations, in order.
 * The migration's id is not part of it: it is the file name without {@code .xml}. A squashed
 * migration also lists the migrations it {@code replaces}.
 */
public record MigrationDocument(List<String> dependsOn, List<String> replaces, List<Operation> operations) {

    /** The XML namespace of migration files, version 1.0. */
    public static final String NAMESPACE = "https://migrate.dev/xml/migration/1.0";

    /** The class path location of the XSD that describes them. */
    public static final String SCHEMA_RESOURCE = "/dev/migrate/xml/migration-1.0.xsd";

    public MigrationDocument {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    /** A migration that replaces none. */
    public MigrationDocument(List<String> dependsOn, List<Operation> operations) {
        this(dependsOn, List.of(), operations);
    }
}

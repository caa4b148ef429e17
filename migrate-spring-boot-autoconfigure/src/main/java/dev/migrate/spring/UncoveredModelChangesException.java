package dev.migrate.spring;

import dev.migrate.MigrateException;
import java.util.List;

/** The JPA entities have changes that no migration covers, and migrate.model-changes is fail (or generate could not write them). */
public class UncoveredModelChangesException extends MigrateException {

    private final transient ModelComparison comparison;

    public UncoveredModelChangesException(ModelComparison comparison) {
        super(message(comparison));
        this.comparison = comparison;
    }

    public ModelComparison comparison() {
        return comparison;
    }

    public List<String> changes() {
        return comparison.descriptions();
    }

    private static String message(ModelComparison comparison) {
        if (comparison.problem() != null) {
            return "The JPA entities cannot be written as a migration: " + comparison.problem();
        }
        return "The JPA entities have changes that no migration covers: "
                + String.join("; ", comparison.descriptions());
    }
}

package dev.migrate.schema;

/**
 * A named check constraint. The expression is SQL, kept as written (in a migration file or by
 * Hibernate's mapping) and sent to the database as it is; two checks are equal when their names and
 * their expressions are. Which columns an expression uses is not known without parsing it, so
 * {@link Table#usesOf(String)} does not see checks.
 */
public record CheckConstraint(String name, String expression) implements Named {

    public CheckConstraint {
        name = Identifiers.require(name, "constraint");
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("Check constraint " + name + " has no expression");
        }
        expression = expression.strip();
    }

    @Override
    public String toString() {
        return "check " + name + " (" + expression + ")";
    }

    /** Written out rather than the record's, for the reason {@link Column#equals} gives. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CheckConstraint that && name.equals(that.name)
                && expression.equals(that.expression);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + expression.hashCode();
        return hash;
    }
}

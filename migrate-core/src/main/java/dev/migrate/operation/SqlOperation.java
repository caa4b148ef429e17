package dev.migrate.operation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import dev.migrate.schema.Messages;
import dev.migrate.schema.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Raw SQL statements, sent as they are. The schema model does not see what they do, so use them for
 * data changes and for what the other operations cannot say.
 *
 * @param statements the statements, one per element, without a trailing semicolon
 * @param rollbackStatements the statements that undo them; empty when they cannot be undone
 * @param dbms the databases they run on (Liquibase's {@code dbms} attribute), by dialect name
 *        ({@code postgresql}, {@code mariadb}, {@code h2}; {@code mysql} is taken as {@code mariadb}),
 *        sorted and without repeats; empty (the default) for every database. On any other database
 *        the operation sends nothing, and its rollback neither.
 */
public record SqlOperation(List<String> statements, List<String> rollbackStatements, List<String> dbms)
        implements Operation {

    /** The dialect names {@link #dbms} may hold. */
    public static final List<String> DATABASES = List.of("h2", "mariadb", "postgresql");

    public SqlOperation {
        statements = List.copyOf(statements);
        rollbackStatements = rollbackStatements == null ? List.of() : List.copyOf(rollbackStatements);
        dbms = dbms == null ? List.of() : normalized(dbms);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("sql needs at least one statement and no empty ones");
        }
        for (String statement : statements) {
            if (statement.isBlank()) {
                throw new IllegalArgumentException("sql needs at least one statement and no empty ones");
            }
        }
    }

    /** Statements that run on every database. */
    public SqlOperation(List<String> statements, List<String> rollbackStatements) {
        this(statements, rollbackStatements, List.of());
    }

    /**
     * The database names of a {@code dbms} attribute, comma-separated as in Liquibase
     * ({@code "postgresql, mariadb"}).
     *
     * @throws IllegalArgumentException for a name that is not one of the databases, or no name at all
     */
    public static List<String> parseDbms(String commaSeparated) {
        List<String> names = Arrays.stream(commaSeparated.split(",", -1)).map(String::strip).toList();
        if (names.stream().allMatch(String::isEmpty)) {
            throw new IllegalArgumentException("dbms names no database; name some of postgresql, mariadb (or mysql)"
                    + " and h2, or leave the attribute out to run the statements everywhere");
        }
        return normalized(names.stream().filter(name -> !name.isEmpty()).toList());
    }

    private static List<String> normalized(List<String> names) {
        TreeSet<String> known = new TreeSet<>();
        for (String name : names) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            String database = lower.equals("mysql") ? "mariadb" : lower;
            if (!DATABASES.contains(database)) {
                throw new IllegalArgumentException("dbms: unknown database '" + Messages.shorten(name)
                        + "'; use postgresql, mariadb (or mysql) and h2, separated by commas");
            }
            known.add(database);
        }
        return List.copyOf(known);
    }

    /** Whether the statements run on the database of this dialect name ({@link dev.migrate.dialect.Dialect#name()}). */
    public boolean runsOn(String dialectName) {
        return dbms.isEmpty() || dbms.contains(dialectName);
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return rollbackStatements.isEmpty()
                ? Optional.empty()
                : Optional.of(List.of(new SqlOperation(rollbackStatements, statements, dbms)));
    }

    /** Raw SQL may move data: the {@link Optimizer} moves nothing across it, and it reduces with nothing. */
    @Override
    public Optional<List<Operation>> reduce(Operation next) {
        return Reductions.NONE;
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public <R extends @Nullable Object> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public String describe() {
        String first = Messages.oneSpaced(statements.get(0).strip(), 60);
        String shown = first.length() > 60 ? first.substring(0, 57) + "..." : first;
        return "Run SQL" + (dbms.isEmpty() ? "" : " on " + String.join(", ", dbms) + " only") + ": " + shown
                + (statements.size() > 1 ? " (+" + (statements.size() - 1) + " more)" : "");
    }
}

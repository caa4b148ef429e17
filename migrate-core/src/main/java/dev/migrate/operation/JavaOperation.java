package dev.migrate.operation;

import dev.migrate.schema.Messages;
import dev.migrate.schema.Schema;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A data migration in Java: the {@code <java class="..."/>} change, run through a {@link
 * dev.migrate.DataMigration} of the named class. Like raw SQL it changes no schema that the model
 * sees, and the {@link Optimizer} moves nothing across it. Whether it can be undone depends on the
 * class (see {@link dev.migrate.DataMigration#isReversible}), which the engine checks before going
 * back; its reverse here is the same class run {@code backward}.
 *
 * @param className the class's binary name, such as {@code com.example.migrations.FillIsbn}
 * @param version an optional version, for people and for the checksum: change it when the class's
 *        code changes in a way that matters, so that the migration counts as changed; null when none
 * @param backward whether this runs the class's {@code backward} (only ever made by {@link #reverse};
 *        never in a file)
 */
public record JavaOperation(String className, @Nullable String version, boolean backward) implements Operation {

    private static final Pattern BINARY_NAME = Pattern.compile(
            "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    public JavaOperation {
        if (className == null || !BINARY_NAME.matcher(className).matches()) {
            throw new IllegalArgumentException("java: '" + Messages.shorten(String.valueOf(className))
                    + "' is not a class name (such as com.example.migrations.FillIsbn)");
        }
        if (version != null && version.isBlank()) {
            throw new IllegalArgumentException("java: the version of " + className + " is empty; leave it out or"
                    + " give one");
        }
    }

    /** Runs the class's {@code forward}. */
    public JavaOperation(String className, @Nullable String version) {
        this(className, version, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public Optional<List<Operation>> reverse(Schema before) {
        return Optional.of(List.of(new JavaOperation(className, version, !backward)));
    }

    /** Java may move data: the {@link Optimizer} moves nothing across it, and it reduces with nothing. */
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
        return "Run Java" + (backward ? " backward" : "") + ": " + className
                + (version == null ? "" : " (version " + version + ")");
    }
}

package dev.migrate.engine;

import dev.migrate.operation.Operation;
import dev.migrate.operation.Optimizer;
import dev.migrate.schema.Schema;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Django's {@code squashmigrations}: writes one migration that replaces a linear range of migrations,
 * its operations theirs concatenated and optimized ({@link Optimizer}; nothing crosses raw SQL or
 * Java), its {@code dependsOn} that of the first of the range, and the ids it replaces listed in the
 * file. The replaced files stay; the loader puts the squashed migration in their place
 * ({@link Squashes}).
 */
public final class MigrationSquasher {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final MigrationWriter writer;

    public MigrationSquasher(MigrationWriter writer) {
        this.writer = writer;
    }

    /**
     * @param migrations the migrations in order, as the loader gives them
     * @param from the first migration to squash, or null for the first migration
     * @param target the last migration to squash
     * @param name the name after the number, or null for {@code squashed_<target id>}
     */
    public SquashResult squash(List<Migration> migrations, Path directory, @Nullable String from, @Nullable String target,
            @Nullable String name) {
        if (target == null || target.isBlank()) {
            throw new MigrationStateException("squash needs the last migration to squash: --migrate.target=<id>");
        }
        Map<String, Migration> byId = new HashMap<>();
        migrations.forEach(m -> byId.put(m.id(), m));
        Migration last = find(byId, target.strip(), "target");
        Migration first = from == null || from.isBlank() ? migrations.get(0) : find(byId, from.strip(), "from");
        List<Migration> range = range(byId, first, last);
        if (range.size() < 2) {
            throw new MigrationStateException("Nothing to squash: the range " + first.id() + ".." + last.id()
                    + " holds one migration; name a later --migrate.target or an earlier --migrate.from");
        }
        for (Migration migration : range) {
            if (!migration.replaces().isEmpty()) {
                throw new MigrationStateException("Cannot squash " + migration.id() + ": it is itself a squashed"
                        + " migration. Delete the files it replaces once every database has applied it, then squash"
                        + " from after it");
            }
        }
        if (name != null && !name.isBlank() && !NAME.matcher(name.strip()).matches()) {
            throw new MigrationStateException("The name " + name.strip() + " is not letters, digits and underscores");
        }
        String prefix = first.id().substring(0, first.id().indexOf('_'));
        String id = prefix + "_" + (name == null || name.isBlank() ? "squashed_" + last.id() : name.strip());
        if (byId.containsKey(id)) {
            throw new MigrationStateException("A migration " + id + " exists already; give another --migrate.name");
        }
        List<Operation> concatenated = new ArrayList<>();
        range.forEach(m -> concatenated.addAll(m.operations()));
        List<Operation> optimized = Optimizer.optimize(concatenated);
        List<String> replaces = range.stream().map(Migration::id).toList();
        checkSameSchema(migrations, first, range, optimized, id);
        Path file = MigrationMaker.write(writer, directory, id,
                new MigrationDocument(first.dependsOn(), replaces, optimized));
        return new SquashResult(id, file, replaces, first.dependsOn(), concatenated.size(), optimized.size());
    }

    private static Migration find(Map<String, Migration> byId, String id, String what) {
        Migration migration = byId.get(id);
        if (migration == null) {
            throw new MigrationStateException("The " + what + " migration " + id + " is not among the migration files"
                    + (what.equals("from") ? " (--migrate.from)" : " (--migrate.target)"));
        }
        return migration;
    }

    /**
     * The chain from {@code first} to {@code last}, each migration depending on the one before only;
     * a merge migration in it, or a {@code first} that {@code last} does not follow, is refused.
     */
    private static List<Migration> range(Map<String, Migration> byId, Migration first, Migration last) {
        List<Migration> range = new ArrayList<>();
        Migration current = last;
        while (true) {
            range.add(0, current);
            if (current == first) {
                return range;
            }
            if (current.dependsOn().size() > 1) {
                throw new MigrationStateException("Cannot squash " + first.id() + ".." + last.id() + ": the range is"
                        + " not linear, " + current.id() + " merges " + String.join(" and ", current.dependsOn())
                        + " and squashing would break the merge. Squash up to the migration before it, or from it on");
            }
            if (current.dependsOn().isEmpty()) {
                throw new MigrationStateException("Cannot squash " + first.id() + ".." + last.id() + ": " + last.id()
                        + " does not follow " + first.id() + " (" + range.get(0).id() + " starts its history)");
            }
            // ordered migrations: every dependsOn names one of them
            current = Objects.requireNonNull(byId.get(current.dependsOn().get(0)));
        }
    }

    /** The squashed operations must give what the range gives, from the schema before it: a safety net. */
    private static void checkSameSchema(List<Migration> migrations, Migration first, List<Migration> range,
            List<Operation> optimized, String id) {
        Set<String> before = ancestors(migrations, first);
        List<Migration> start = migrations.stream().filter(m -> before.contains(m.id())).toList();
        Schema original = SchemaReplay.of(concat(start, range));
        Schema squashed = SchemaReplay.of(concat(start, List.of(new Migration(id, first.number(), first.dependsOn(),
                optimized, "", id))));
        if (!byName(original).equals(byName(squashed))) {
            throw new IllegalStateException("The optimized operations of " + id + " give another schema than the"
                    + " migrations they replace: " + String.join("; ", byName(squashed).differencesFrom(byName(original)))
                    + ". This is a bug in the optimizer; nothing was written");
        }
    }

    private static Set<String> ancestors(List<Migration> migrations, Migration first) {
        Map<String, Migration> byId = new HashMap<>();
        migrations.forEach(m -> byId.put(m.id(), m));
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(first.dependsOn());
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id) && byId.containsKey(id)) {
                todo.addAll(byId.get(id).dependsOn());
            }
        }
        return seen;
    }

    private static List<Migration> concat(List<Migration> a, List<Migration> b) {
        List<Migration> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Schema byName(Schema schema) {
        return schema.withEveryTable(table -> table.withColumns(
                table.columns().stream().sorted(Comparator.comparing(c -> c.name())).toList()));
    }
}

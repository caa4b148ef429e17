package dev.migrate.oracle;

import dev.migrate.diff.Questioner;
import dev.migrate.diff.RenameHints;
import dev.migrate.engine.MakeResult;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationMaker;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.jpa.RenameHintsReader;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Measures {@code make} on the zoo, with and without building Hibernate's metadata: the first run in
 * this JVM (cold) and the median of later ones (warm), for the first migration (from an empty
 * folder) and for a make that finds nothing to do. Not a test: run it by hand in a fresh JVM, one
 * database kind per JVM for honest cold numbers, with the test class path:
 * {@code java -cp ... dev.migrate.oracle.ZooMakeTiming POSTGRES}.
 */
public final class ZooMakeTiming {

    private static final int WARM_RUNS = 20;

    private ZooMakeTiming() {
    }

    public static void main(String[] args) throws IOException {
        DatabaseKind kind = DatabaseKind.valueOf(args.length == 0 ? "POSTGRES" : args[0]);
        long[] build = new long[WARM_RUNS + 1];
        long[] make = new long[WARM_RUNS + 1];
        long[] nothing = new long[WARM_RUNS + 1];
        long readerSetup = 0;
        MigrationReader reader = null;
        for (int run = 0; run <= WARM_RUNS; run++) {
            Path directory = Files.createTempDirectory("zoo-make");
            long start = System.nanoTime();
            try (OfflineMetadata model = OracleModels.builder(kind).packages(ZooOracleTestBase.ZOO).build()) {
                long built = System.nanoTime();
                if (reader == null) {
                    reader = new MigrationReader();
                    readerSetup = System.nanoTime() - built;
                }
                MakeResult first = make(model, reader, directory);
                long made = System.nanoTime();
                MakeResult again = make(model, reader, directory);
                long checked = System.nanoTime();
                if (first.noChanges() || !again.noChanges()) {
                    throw new IllegalStateException("unexpected: " + first.report() + " / " + again.report());
                }
                build[run] = built - start;
                make[run] = made - built;
                nothing[run] = checked - made;
            } finally {
                try (var files = Files.list(directory)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(directory);
            }
        }
        System.out.printf("%s zoo (%d tables): cold: build %.0f ms, make %.0f ms (of which reader set-up %.0f ms),"
                + " make with nothing to do %.0f ms%n", kind, tables(kind), ms(build[0]), ms(make[0]),
                ms(readerSetup), ms(nothing[0]));
        System.out.printf("%s zoo: warm medians of %d: build %.1f ms, make %.1f ms (build included %.1f ms),"
                + " make with nothing to do %.1f ms (build included %.1f ms)%n", kind, WARM_RUNS, ms(median(build)),
                ms(median(make)), ms(median(sum(build, make))), ms(median(nothing)), ms(median(sum(build, nothing))));
    }

    /** What a make command does once the model is built: load the folder, read the model, diff, write. */
    private static MakeResult make(OfflineMetadata model, MigrationReader reader, Path directory) {
        List<Migration> existing = new MigrationLoader(reader).load(new MigrationScanner(ZooMakeTiming.class
                .getClassLoader()).scan(List.of("filesystem:" + directory)));
        Schema schema = model.readSchema();
        RenameHints hints = new RenameHintsReader().read(model.metadata());
        return new MigrationMaker(new MigrationWriter(), Questioner.nonInteractive())
                .make(existing, schema, hints, directory, null);
    }

    private static int tables(DatabaseKind kind) {
        try (OfflineMetadata model = OracleModels.builder(kind).packages(ZooOracleTestBase.ZOO).build()) {
            return model.readSchema().tables().size();
        }
    }

    private static long[] sum(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static long median(long[] runs) {
        long[] warm = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

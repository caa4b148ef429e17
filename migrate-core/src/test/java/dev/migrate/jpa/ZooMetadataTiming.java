package dev.migrate.jpa;

import java.util.Arrays;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Measures building the zoo's metadata and reading its schema: the first build in this JVM (cold)
 * and the median of later ones (warm). Run by hand, in a fresh JVM, with the test class path:
 * {@code java -cp ... dev.migrate.jpa.ZooMetadataTiming}.
 */
public final class ZooMetadataTiming {

    private static final int WARM_RUNS = 20;

    private ZooMetadataTiming() {
    }

    public static void main(String[] args) {
        for (Class<? extends Dialect> dialect : java.util.List.of(PostgreSQLDialect.class, MariaDBDialect.class,
                H2Dialect.class)) {
            long[] build = new long[WARM_RUNS + 1];
            long[] read = new long[WARM_RUNS + 1];
            for (int run = 0; run <= WARM_RUNS; run++) {
                long start = System.nanoTime();
                try (OfflineMetadata model = Zoo.metadata(dialect).build()) {
                    long built = System.nanoTime();
                    model.readSchema();
                    build[run] = built - start;
                    read[run] = System.nanoTime() - built;
                }
            }
            System.out.printf("%s: first build %.0f ms, read %.1f ms; then median build %.1f ms, read %.1f ms%n",
                    dialect.getSimpleName(), build[0] / 1e6, read[0] / 1e6, median(build) / 1e6, median(read) / 1e6);
        }
    }

    private static double median(long[] runs) {
        long[] warm = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}

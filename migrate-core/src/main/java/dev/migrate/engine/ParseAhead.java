package dev.migrate.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work on migration files that other cores can do while the caller does its own: applying 500 new
 * files or making a migration over 1,000 files of history spends most of its own time parsing, and
 * one file does not depend on another. Used where nothing else needs the cores (before Hibernate
 * boots, or in a command); the start-up's background replay, which runs while Hibernate boots, does not.
 */
final class ParseAhead {

    /** Below this many files another thread costs more than it saves. */
    private static final int WORTH_A_THREAD = 32;

    private ParseAhead() {
    }

    /**
     * Parses the files on the other cores, from the last one back, while the caller replays them from
     * the first (parsing each itself that no helper has reached): the replay and the parse overlap
     * instead of following each other. Nothing is kept of a failed parse; the replay reads that file
     * again, in order, and reports it. Closing what it returns stops the helpers after the file at hand.
     */
    static Helpers whileReplaying(List<Migration> migrations) {
        Helpers stop = new Helpers();
        int helpers = Math.min(Runtime.getRuntime().availableProcessors(), 4) - 1;
        if (helpers <= 0 || migrations.size() < WORTH_A_THREAD) {
            return stop;
        }
        Runnable work = new ParsingFromTheLast(migrations, stop);
        for (int i = 0; i < helpers; i++) {
            Thread thread = new Thread(work, "migrate-parse-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
        }
        return stop;
    }

    /**
     * Computes the checksums of the migrations about to be applied, in their order, on a thread of
     * its own while the caller applies them: a history row needs its migration's checksum only when
     * it is written, and the caller mostly waits for the database then. Computing them before the
     * first statement was a quarter of the time spent before it. Closing what it returns stops the
     * thread after the checksum at hand; a checksum it has not reached is computed by whoever asks
     * (a failure here is left for that caller to meet).
     */
    static Helpers checksumsWhileApplying(List<Migration> migrations) {
        Helpers stop = new Helpers();
        if (Runtime.getRuntime().availableProcessors() < 2 || migrations.size() < WORTH_A_THREAD) {
            return stop;
        }
        Thread thread = new Thread(new Checksumming(migrations, stop), "migrate-checksums");
        thread.setDaemon(true);
        thread.start();
        return stop;
    }

    /** Parses the files from the last one back, sharing the next one to take with other helpers. */
    private static final class ParsingFromTheLast implements Runnable {

        private final List<Migration> migrations;
        private final Helpers stop;
        private final AtomicInteger next;

        ParsingFromTheLast(List<Migration> migrations, Helpers stop) {
            this.migrations = migrations;
            this.stop = stop;
            this.next = new AtomicInteger(migrations.size());
        }

        @Override
        public void run() {
            for (int i = next.decrementAndGet(); i >= 0 && !stop.get(); i = next.decrementAndGet()) {
                try {
                    migrations.get(i).operations();
                } catch (RuntimeException e) {
                    // the replay meets it in order and reports it
                }
            }
        }
    }

    private static final class Checksumming implements Runnable {

        private final List<Migration> migrations;
        private final Helpers stop;

        Checksumming(List<Migration> migrations, Helpers stop) {
            this.migrations = migrations;
            this.stop = stop;
        }

        @Override
        public void run() {
            for (int i = 0; i < migrations.size() && !stop.get(); i++) {
                try {
                    migrations.get(i).checksum();
                } catch (RuntimeException e) {
                    // the caller computes it again when it writes the row, and reports it there
                }
            }
        }
    }

    /** The helper threads' stop sign: closing it stops them after the file at hand. */
    static final class Helpers extends AtomicBoolean implements AutoCloseable {

        @Override
        public void close() {
            set(true);
        }
    }
}

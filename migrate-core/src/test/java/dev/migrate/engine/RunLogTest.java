package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a run logs, and at which level: each migration at INFO in a short run, a summary in a long one. */
class RunLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(Migrator.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level level;

    @BeforeEach
    void capture() {
        level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
        logger.setLevel(level);
    }

    @Test
    void aShortRunLogsEachMigrationAtInfo() {
        List<PlannedMigration> planned = planned(RunLog.EACH_AT_INFO, PlannedMigration.Direction.FORWARDS);
        RunLog log = RunLog.of(planned);
        planned.forEach(migration -> log.ran(migration, 3));
        log.finished();

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.INFO);
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(RunLog.EACH_AT_INFO)
                .first().isEqualTo("Applied migration 0001_m (2 operations) in 3 ms");
    }

    @Test
    void aLongRunLogsASummaryAndEachMigrationAtDebugUnlessItIsSlow() {
        List<PlannedMigration> planned = planned(RunLog.EACH_AT_INFO + 2, PlannedMigration.Direction.FORWARDS);
        RunLog log = RunLog.of(planned);
        for (PlannedMigration migration : planned) {
            log.ran(migration, migration.migration().id().equals("0005_m") ? RunLog.SLOW_MS : RunLog.SLOW_MS - 1);
        }
        log.finished();

        assertThat(info()).hasSize(3);
        assertThat(info().get(0)).isEqualTo("Applying 12 migrations, 0001_m to 0012_m (each migration's line is at"
                + " DEBUG, and at INFO when it takes 1000 ms or more)");
        assertThat(info().get(1)).isEqualTo("Applied migration 0005_m (2 operations) in 1000 ms");
        assertThat(info().get(2)).matches("Applied 12 migrations, 0001_m to 0012_m, in \\d+ ms");
        assertThat(lines.list).filteredOn(line -> line.getLevel() == Level.DEBUG).hasSize(11)
                .first().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("Applied migration 0001_m (2 operations) in 999 ms");
    }

    @Test
    void aLongRunThatStopsSaysHowFarItGot() {
        List<PlannedMigration> planned = planned(RunLog.EACH_AT_INFO + 5, PlannedMigration.Direction.BACKWARDS);
        RunLog log = RunLog.of(planned);
        log.ran(planned.get(0), 1);
        log.ran(planned.get(1), 1);
        log.stopped();

        assertThat(info().get(0)).startsWith("Unapplying 15 migrations, 0001_m to 0015_m (");
        assertThat(info().get(1)).matches("Unapplied 2 of 15 migrations, up to 0002_m, in \\d+ ms; 0003_m did not"
                + " complete");
    }

    @Test
    void aLongRunThatStopsAtItsFirstMigrationSaysSo() {
        List<PlannedMigration> planned = planned(RunLog.EACH_AT_INFO + 1, PlannedMigration.Direction.FORWARDS);
        RunLog.of(planned).stopped();

        assertThat(info().get(1)).matches("Applied 0 of 11 migrations, in \\d+ ms; 0001_m did not complete");
    }

    private List<String> info() {
        return lines.list.stream().filter(line -> line.getLevel() == Level.INFO).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private static List<PlannedMigration> planned(int count, PlannedMigration.Direction direction) {
        List<PlannedMigration> planned = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Migration migration = new Migration(String.format("%04d_m", i), i, List.of(), List.of(), "checksum", "test");
            planned.add(new PlannedMigration(migration, direction, false,
                    List.of(new PlannedMigration.Step("a", List.of("select 1"), null),
                            new PlannedMigration.Step("b", List.of("select 2"), null))));
        }
        return planned;
    }
}

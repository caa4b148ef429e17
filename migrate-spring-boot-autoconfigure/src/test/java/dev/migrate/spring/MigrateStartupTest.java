package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.MigrateResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrateStartupTest {

    @Test
    void namesUpToTenAppliedMigrationsAndPastThatCountsThem() {
        assertThat(lineAfterApplying(10)).startsWith("Migrations: applied 0001_m, 0002_m, 0003_m, 0004_m, 0005_m, "
                + "0006_m, 0007_m, 0008_m, 0009_m, 0010_m in 40 ms; ");
        assertThat(lineAfterApplying(500)).startsWith("Migrations: applied 500 migrations, 0001_m to 0500_m, in 40 ms; ");
    }

    private static String lineAfterApplying(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(String.format("%04d_m", i));
        }
        MigrateStartup startup = new MigrateStartup();
        startup.migrated(new MigrateResult(ids, List.of(), List.of(), 0, 40));
        return startup.line();
    }
}

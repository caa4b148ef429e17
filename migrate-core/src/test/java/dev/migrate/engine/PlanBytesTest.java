package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.operation.JavaOperation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlanBytesTest {

    private static Migration migration(String id) {
        return new Migration(id, Long.parseLong(id.substring(0, 4)), List.of(), List.of(), "checksum of " + id, "test");
    }

    private static final List<Migration> MIGRATIONS = List.of(migration("0001_a"), migration("0002_b"), migration("0003_c"));

    private static List<PlannedMigration> plan() {
        String long_ = "insert into t values ('" + "é☃\u0000\n".repeat(25_000) + "')";
        return List.of(
                new PlannedMigration(MIGRATIONS.get(0), PlannedMigration.Direction.FORWARDS, false, List.of(
                        new PlannedMigration.Step("Create table a", List.of("create table a (id bigint)")),
                        new PlannedMigration.Step("Create index a_i", List.of("create index concurrently a_i on a (id)"),
                                null, true))),
                new PlannedMigration(MIGRATIONS.get(1), PlannedMigration.Direction.FORWARDS, false, List.of()),
                new PlannedMigration(MIGRATIONS.get(2), PlannedMigration.Direction.FORWARDS, false, List.of(
                        new PlannedMigration.Step("SQL", List.of(long_, "", "select 1")))));
    }

    @Test
    void aPlanReadsBackAsWrittenWithItsChecksums() {
        byte[] bytes = PlanBytes.write(plan());
        List<String> checksums = new ArrayList<>();
        List<PlannedMigration> read = PlanBytes.read(bytes, MIGRATIONS, checksums);
        assertThat(read).isEqualTo(plan());
        assertThat(checksums).containsExactly(MIGRATIONS.get(0).checksum(), MIGRATIONS.get(1).checksum(),
                MIGRATIONS.get(2).checksum());
    }

    @Test
    void aPlanWithADataMigrationOrAFakeOrBackwardsStepIsNotWritten() {
        List<PlannedMigration> java = List.of(new PlannedMigration(MIGRATIONS.get(0), PlannedMigration.Direction.FORWARDS,
                false, List.of(new PlannedMigration.Step("Run", List.of(), new JavaOperation("com.example.Fill", null)))));
        assertThat(PlanBytes.write(java)).isNull();
        assertThat(PlanBytes.write(List.of(plan().get(0).asFake()))).isNull();
        assertThat(PlanBytes.write(List.of(new PlannedMigration(MIGRATIONS.get(0),
                PlannedMigration.Direction.BACKWARDS, false, List.of())))).isNull();
    }

    @Test
    void anyDamageFailsOnlyAsAnIllegalArgument() {
        byte[] bytes = PlanBytes.write(plan());
        for (int length = 0; length < bytes.length; length += length < 200 ? 1 : 997) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> PlanBytes.read(cut, MIGRATIONS, new ArrayList<>()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> PlanBytes.read(longer, MIGRATIONS, new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanBytes.read(bytes, MIGRATIONS.subList(0, 2), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanBytes.read(bytes, List.of(migration("0001_a"), migration("0002_x"),
                migration("0003_c")), new ArrayList<>())).isInstanceOf(IllegalArgumentException.class);
        Random random = new Random(9);
        for (int i = 0; i < 2_000; i++) {
            byte[] flipped = bytes.clone();
            // the first 2 KB hold every structure; the rest is one long statement's text
            flipped[random.nextInt(Math.min(flipped.length, 2048))] ^= (byte) (1 << random.nextInt(8));
            try {
                PlanBytes.read(flipped, MIGRATIONS, new ArrayList<>());
            } catch (IllegalArgumentException expected) {
                // a flip that leaves the structure whole reads as another plan: the cache file's CRC catches those
            }
        }
    }
}

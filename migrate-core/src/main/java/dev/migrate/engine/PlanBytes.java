package dev.migrate.engine;

import dev.migrate.schema.SchemaBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A forward plan as bytes, for {@link ReplayCache}: each migration's id and checksum, and each step's
 * description, statements and whether it runs outside a transaction. Read back onto the same
 * migrations, it is the plan their replay renders, without a file parsed. A step that runs Java is
 * not written (its class is checked on the class path at every run), so neither is a plan with one.
 * Strings and counts are written as {@link dev.migrate.schema.SchemaBytes} writes them.
 */
final class PlanBytes {

    private static final int FORMAT = 0x4d504c31;

    private PlanBytes() {
    }

    /** The plan's bytes, or null for a plan that has to be made at every run. */
    static byte @Nullable [] write(List<PlannedMigration> plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 * plan.size() + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(plan.size());
            for (PlannedMigration planned : plan) {
                if (planned.backwards() || planned.fake()) {
                    return null;
                }
                SchemaBytes.writeString(out, planned.migration().id());
                SchemaBytes.writeString(out, planned.migration().checksum());
                out.writeInt(planned.steps().size());
                for (PlannedMigration.Step step : planned.steps()) {
                    if (step.java() != null) {
                        return null;
                    }
                    SchemaBytes.writeString(out, step.description());
                    out.writeBoolean(step.outsideTransaction());
                    SchemaBytes.writeStrings(out, step.sql());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The plan written for these migrations, each with the checksum recorded for it.
     *
     * @throws IllegalArgumentException when the bytes are not such a plan of these migrations
     */
    static List<PlannedMigration> read(byte[] bytes, List<Migration> migrations, List<String> checksums) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT || in.readInt() != migrations.size()) {
                throw new IllegalArgumentException("not a plan of these migrations");
            }
            List<PlannedMigration> plan = new ArrayList<>(migrations.size());
            for (Migration migration : migrations) {
                if (!SchemaBytes.readString(in).equals(migration.id())) {
                    throw new IllegalArgumentException("a plan of other migrations");
                }
                checksums.add(SchemaBytes.readString(in));
                int count = SchemaBytes.count(in);
                List<PlannedMigration.Step> steps = new ArrayList<>(Math.min(count, 64));
                for (int i = 0; i < count; i++) {
                    String description = SchemaBytes.readString(in);
                    boolean outsideTransaction = in.readBoolean();
                    steps.add(new PlannedMigration.Step(description, SchemaBytes.readStrings(in), null, outsideTransaction));
                }
                plan.add(new PlannedMigration(migration, PlannedMigration.Direction.FORWARDS, false, steps));
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("bytes after the plan");
            }
            return plan;
        } catch (IOException e) {
            throw new IllegalArgumentException("a plan cut short", e);
        }
    }
}

package dev.migrate.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A forward plan as bytes, for {@link ReplayCache}: each migration's id and checksum, and each step's
 * description, statements and whether it runs outside a transaction. Read back onto the same
 * migrations, it is the plan their replay renders, without a file parsed. A step that runs Java is
 * not written (its class is checked on the class path at every run), so neither is a plan with one.
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
                writeString(out, planned.migration().id());
                writeString(out, planned.migration().checksum());
                out.writeInt(planned.steps().size());
                for (PlannedMigration.Step step : planned.steps()) {
                    if (step.java() != null) {
                        return null;
                    }
                    writeString(out, step.description());
                    out.writeBoolean(step.outsideTransaction());
                    out.writeInt(step.sql().size());
                    for (String sql : step.sql()) {
                        writeString(out, sql);
                    }
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
                if (!readString(in).equals(migration.id())) {
                    throw new IllegalArgumentException("a plan of other migrations");
                }
                checksums.add(readString(in));
                int count = count(in);
                List<PlannedMigration.Step> steps = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String description = readString(in);
                    boolean outsideTransaction = in.readBoolean();
                    int statements = count(in);
                    List<String> sql = new ArrayList<>(statements);
                    for (int j = 0; j < statements; j++) {
                        sql.add(readString(in));
                    }
                    steps.add(new PlannedMigration.Step(description, sql, null, outsideTransaction));
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

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IllegalArgumentException("a count of " + count + " with " + in.available() + " bytes left");
        }
        return count;
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[count(in)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}

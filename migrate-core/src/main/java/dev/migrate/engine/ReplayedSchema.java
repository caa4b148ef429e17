package dev.migrate.engine;

import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaBytes;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the application's migrations replay to: the schema, or the replay cache's bytes of it, read
 * into a schema only when something needs one. The start-up's comparison usually finds the entities
 * the same as the migrations, and answers that from the bytes: the thousands of objects of 500
 * tables are then never made, while Hibernate boots on the same two cores.
 */
final class ReplayedSchema {

    private static final Logger logger = LoggerFactory.getLogger(ReplayedSchema.class);

    private final byte @Nullable [] bytes;
    private final Supplier<Schema> replay;
    private volatile @Nullable Schema schema;

    private ReplayedSchema(byte @Nullable [] bytes, @Nullable Schema schema, Supplier<Schema> replay) {
        this.bytes = bytes;
        this.schema = schema;
        this.replay = replay;
    }

    static ReplayedSchema of(Schema schema) {
        return new ReplayedSchema(null, schema, () -> schema);
    }

    /**
     * @param bytes what the replay cache kept ({@link SchemaBytes#write})
     * @param replay the files' replay, for bytes that turn out to hold no schema
     */
    static ReplayedSchema kept(byte[] bytes, Supplier<Schema> replay) {
        return new ReplayedSchema(bytes, null, replay);
    }

    /** Whether the model is the same as this schema but, perhaps, for the order of columns. */
    boolean sameIgnoringColumnOrder(Schema model) {
        byte[] kept = bytes;
        return schema != null || kept == null ? schema().sameIgnoringColumnOrder(model)
                : SchemaBytes.holdSameIgnoringColumnOrder(kept, model);
    }

    Schema schema() {
        Schema known = schema;
        if (known == null) {
            synchronized (this) {
                known = schema;
                if (known == null) {
                    known = read();
                    schema = known;
                }
            }
        }
        return known;
    }

    private Schema read() {
        byte[] kept = bytes;
        if (kept != null) {
            try {
                return SchemaBytes.read(kept);
            } catch (IllegalArgumentException e) {
                // kept after a replay and checked by its CRC, yet no schema: a cache is never a source of truth
                logger.debug("Cannot read the schema in the replay cache: {}", e.toString());
            }
        }
        return replay.get();
    }
}

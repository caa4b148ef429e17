package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.RenameHints;
import dev.migrate.jpa.renames.Renames;
import java.util.Map;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

class RenameHintsReaderTest {

    @Test
    void readsRenamesOnClassesFieldsGettersAndMappedSuperclasses() {
        try (OfflineMetadata model = OfflineMetadata.forDialect(PostgreSQLDialect.class).entities(Renames.Thing.class,
                Renames.Child.class, Renames.Gadget.class, Renames.Plain.class).build()) {
            RenameHints hints = new RenameHintsReader().read(model.metadata());

            assertThat(hints.tables()).isEqualTo(Map.of("renames$thing", "old_thing"));
            assertThat(hints.columns()).isEqualTo(Map.of(
                    "renames$thing", Map.of("name", "label"),
                    "renames$child", Map.of("created_on", "made_on"),
                    "renames$gadget", Map.of("active", "enabled", "title", "heading")));
        }
    }
}

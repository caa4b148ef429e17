package dev.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.FreshDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL gives the history as one JSON text; it must read as the rows read one by one. */
class HistoryTablePostgresTest extends FreshDatabase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Test
    void theJsonTextReadsAsTheRows() throws Exception {
        try (Connection connection = database.connect()) {
            HistoryTable history = new HistoryTable("migrate_history", Dialect.fromConnection(connection));
            assertThat(history.readAllIfPresent(connection)).isNull();
            history.create(connection);
            assertThat(history.readAll(connection)).isEmpty();

            StringBuilder controls = new StringBuilder();
            for (char c = 1; c < 32; c++) {
                controls.append(c);
            }
            Instant at = Instant.parse("2026-11-28T03:00:00.120Z");
            history.insert(connection, new HistoryRow("0001_\"quoted\" \\ 名前", "c1", null, at, 0, true, 2, null));
            history.insert(connection, new HistoryRow("0002_b", "c2", "h2", at, Long.MAX_VALUE, false, 0,
                    "ERROR: \"x\" \\ / é 漢字 😀 \u2028" + controls + "\n" + "y".repeat(3900)));
            history.insert(connection, new HistoryRow("0003_c", "c3", "", at.plusMillis(1), 5, true, Integer.MAX_VALUE,
                    ""));

            Map<String, HistoryRow> json = history.readAll(connection);
            Map<String, HistoryRow> rows = history.readRows(connection);
            assertThat(json.keySet()).containsExactlyElementsOf(rows.keySet()).hasSize(3);
            for (String id : rows.keySet()) {
                assertThat(json.get(id)).as(id).usingRecursiveComparison().isEqualTo(rows.get(id));
                assertThat(json.get(id).appliedAt()).isEqualTo(rows.get(id).appliedAt());
            }
        }
    }
}

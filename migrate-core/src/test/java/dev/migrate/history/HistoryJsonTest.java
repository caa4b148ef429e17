package dev.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryJsonTest {

    private static Map<String, HistoryRow> rows(String json) {
        return HistoryJson.rows(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void readsTheRowsInTheirOrder() {
        Map<String, HistoryRow> rows = rows("""
                [["0002_b", "c2", null, "2026-11-28 03:00:00.123", 12, true, 3, null], \
                ["0001_a", "c1", "h1", "2026-11-28 03:00:01", 900719925474099312, false, 1, "it \\"failed\\"\\n\\ton\\\\ \\/ \\u00e9\\u0001 漢字 😀"]]""");
        assertThat(rows.keySet()).containsExactly("0002_b", "0001_a");
        HistoryRow first = rows.get("0002_b");
        assertThat(first.checksum()).isEqualTo("c2");
        assertThat(first.fileHash()).isNull();
        assertThat(first.executionMs()).isEqualTo(12);
        assertThat(first.success()).isTrue();
        assertThat(first.operationsDone()).isEqualTo(3);
        assertThat(first.failure()).isNull();
        HistoryRow second = rows.get("0001_a");
        assertThat(second.fileHash()).isEqualTo("h1");
        assertThat(second.executionMs()).isEqualTo(900719925474099312L);
        assertThat(second.success()).isFalse();
        assertThat(second.failure()).isEqualTo("it \"failed\"\n\ton\\ / é\u0001 漢字 😀");
        assertThat(second.appliedAt()).isEqualTo(java.sql.Timestamp.valueOf("2026-11-28 03:00:01").toInstant());
    }

    @Test
    void readsNoRowsAndAnyWhiteSpace() {
        assertThat(rows("[]")).isEmpty();
        assertThat(rows(" [ \n [ \"a\" ,\t\"c\" , null , \"2026-01-01 00:00:00\" , 0 , true , 0 , null ] ] "))
                .containsOnlyKeys("a");
    }

    @Test
    void refusesAnythingElseSayingWhere() {
        for (String text : List.of("", "[", "[[]]", "[[\"a\"]]", "{}", "[] x",
                "[[\"a\", \"c\", null, \"2026-01-01 00:00:00\", 1.5, true, 0, null]]",
                "[[\"a\", \"c\", null, \"2026-01-01 00:00:00\", -, true, 0, null]]",
                "[[\"a\", \"c\", null, \"2026-01-01 00:00:00\", 1, yes, 0, null]]",
                "[[null, \"c\", null, \"2026-01-01 00:00:00\", 1, true, 0, null]]",
                "[[\"a\\x\", \"c\", null, \"2026-01-01 00:00:00\", 1, true, 0, null]]",
                "[[\"a\\u00g1\", \"c\", null, \"2026-01-01 00:00:00\", 1, true, 0, null]]",
                "[[\"a",
                "[[\"a\", \"c\", null, \"2026-01-01 00:00:00\", 99999999999999999999, true, 0, null]]")) {
            assertThatThrownBy(() -> rows(text)).as(text).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Cannot read the history table's rows: expected ")
                    .hasMessageContaining(" at byte ");
        }
    }
}

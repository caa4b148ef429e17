package dev.migrate.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aLongValueIsShortenedWithItsLength() {
        assertThat(Messages.shorten("a".repeat(100_000))).isEqualTo("a".repeat(60) + "… (100000 characters)");
        assertThat(Messages.shorten("book")).isEqualTo("book");
        assertThat(Messages.shorten("a".repeat(60))).isEqualTo("a".repeat(60));
        assertThat(Messages.shorten("a\nb\0")).isEqualTo("a\\u000Ab\\u0000");
        assertThat(Messages.shorten(null)).isEqualTo("null");
    }

    @Test
    void aLongValueIsNeverCutInsideACharacter() {
        String emoji = "😀".repeat(61);
        assertThat(Messages.shorten(emoji)).isEqualTo("😀".repeat(60) + "… (61 characters)");
    }

    @Test
    void aDatabaseErrorIsFoldedToOneBoundedLine() {
        String postgres = "ERROR: new row for relation \"book\" violates check constraint \"c\"\n"
                + "  Detail: Failing row contains (1, null).\n  Where: SQL statement";
        assertThat(Messages.oneLine(postgres)).isEqualTo("ERROR: new row for relation \"book\" violates check "
                + "constraint \"c\" Detail: Failing row contains (1, null). Where: SQL statement");
        assertThat(Messages.oneLine("x".repeat(5000), 100)).hasSize(100).endsWith("…");
        assertThat(Messages.oneLine(null)).isNull();
    }

    @Test
    void namesInSchemaMessagesAreShortened() {
        String longName = "n".repeat(100_000);
        Table table = Table.of("book", java.util.List.of(Column.of("id", ColumnType.of(DataType.BIGINT), false)),
                java.util.List.of("id"));
        assertThatThrownBy(() -> table.requireColumn(longName))
                .hasMessage("Table book has no column " + "n".repeat(300) + "… (100000 characters)");
        assertThatThrownBy(() -> ColumnType.parse("t".repeat(100_000)))
                .hasMessageStartingWith("Unknown column type '" + "t".repeat(60) + "… (100000 characters)'; expected");
        assertThatThrownBy(() -> DefaultValue.numeric("9x".repeat(50_000)))
                .hasMessageContaining("… (100000 characters)' is not a number");
    }

    @Test
    void oneSpacedIsTheRegularExpressionsCollapseWithoutOne() {
        Random random = new Random(13);
        String alphabet = "ab \t\n\r\f\u000B\u00A0\u2003é";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String collapsed = text.toString().replaceAll("\\s+", " ");
            assertThat(Messages.oneSpaced(text.toString())).isEqualTo(collapsed);
            int limit = random.nextInt(25);
            String start = Messages.oneSpaced(text.toString(), limit);
            assertThat(collapsed).startsWith(start);
            assertThat(start.length()).isGreaterThanOrEqualTo(Math.min(collapsed.length(), limit + 1));
        }
    }
}

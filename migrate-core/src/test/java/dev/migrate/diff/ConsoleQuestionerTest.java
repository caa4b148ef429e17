package dev.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleQuestionerTest {

    private final StringWriter printed = new StringWriter();

    private ConsoleQuestioner answering(String input) {
        return new ConsoleQuestioner(new BufferedReader(new StringReader(input)), new PrintWriter(printed, true));
    }

    @Test
    void asksAboutARenameLikeDjango() {
        assertThat(answering("y\n").isRename("book", "name", "title")).isTrue();
        assertThat(printed.toString()).contains("Did you rename book.name to book.title? [y/N]");
        assertThat(answering("\n").isRename("book", "name", "title")).isFalse();
        assertThat(answering("").isTableRename("writer", "author")).isFalse();
    }

    @Test
    void asksForAOneOffDefaultUntilItIsValid() {
        Column column = Column.of("published_date", ColumnType.of(DataType.DATE), false);
        assertThat(answering("current_date\n").oneOffDefault("book", column))
                .contains(DefaultValue.computed("current_date"));
        assertThat(printed.toString()).contains("NOT NULL column book.published_date (date)");
        assertThat(answering("\n").oneOffDefault("book", column)).isEmpty();
    }

    @Test
    void readsTheKindOfADefaultFromHowItIsWritten() {
        assertThat(ConsoleQuestioner.parse("'It''s'")).isEqualTo(DefaultValue.string("It's"));
        assertThat(ConsoleQuestioner.parse("42")).isEqualTo(DefaultValue.numeric("42"));
        assertThat(ConsoleQuestioner.parse("TRUE")).isEqualTo(DefaultValue.bool(true));
        assertThat(ConsoleQuestioner.parse("current_timestamp")).isEqualTo(DefaultValue.computed("current_timestamp"));
        assertThat(Optional.of(ConsoleQuestioner.parse("-1.50"))).contains(DefaultValue.numeric("-1.5"));
    }
}

package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DefaultValue;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleQuestionerTests {

    private final StringWriter printed = new StringWriter();

    @Test
    void asksAboutRenames() {
        assertThat(questioner("y\n").isRename("book", "writer", "author")).isTrue();
        assertThat(printed.toString()).isEqualTo("Was book.writer renamed to book.author? [y/N] ");
        assertThat(questioner("\n").isTableRename("books", "book")).isFalse();
    }

    @Test
    void asksForAOneOffDefaultUntilItIsValid() {
        Column column = new Column("published_date", ColumnType.parse("date"), false, null, false);
        assertThat(questioner("'2024-01-01'\n").oneOffDefault("book", column))
                .contains(DefaultValue.string("2024-01-01"));
        assertThat(questioner("current_date\n").oneOffDefault("book", column))
                .contains(DefaultValue.computed("current_date"));
        assertThat(questioner("\n").oneOffDefault("book", column)).isEmpty();
        assertThat(printed.toString()).contains("NOT NULL column book.published_date");
    }

    @Test
    void readsLiteralsAsTheirKind() {
        assertThat(ConsoleQuestioner.parse("42")).isEqualTo(DefaultValue.numeric("42"));
        assertThat(ConsoleQuestioner.parse("TRUE")).isEqualTo(DefaultValue.bool(true));
        assertThat(ConsoleQuestioner.parse("'it''s'")).isEqualTo(DefaultValue.string("it's"));
    }

    private ConsoleQuestioner questioner(String input) {
        return new ConsoleQuestioner(new BufferedReader(new StringReader(input)), new PrintWriter(printed));
    }
}

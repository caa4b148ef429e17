package dev.migrate.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.example.migrations.FillBookFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A JDBC test slice: {@code @JdbcTest} applies the migrations before the test's JdbcTemplate runs. */
@JdbcTest
@Import(FillBookFormat.class)
class BookJdbcH2Test {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSliceRunsOnTheMigratedSchema() {
        jdbc.update("insert into book (title, author, format) values ('Nana', 'Zola', 'EBOOK')");
        assertThat(jdbc.queryForObject("select format from book where title = 'Nana'", String.class)).isEqualTo("EBOOK");
        assertThat(jdbc.queryForObject("select count(*) from migrate_history where success", Integer.class)).isEqualTo(4);
    }
}

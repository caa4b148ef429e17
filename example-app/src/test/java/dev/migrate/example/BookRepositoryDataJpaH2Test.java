package dev.migrate.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.example.migrations.FillBookFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JPA test slice in the user's project: {@code @DataJpaTest} applies the migrations and compares
 * the entities with them (the starter registers with Boot's test slices, as Flyway does), so the
 * repository works on the migrated schema and a test suite fails when an entity change has no
 * migration. The data migration's class is a bean, which a slice does not scan: the test imports it.
 */
@DataJpaTest
@Import(FillBookFormat.class)
class BookRepositoryDataJpaH2Test {

    @Autowired
    BookRepository books;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSliceRunsOnTheMigratedSchema() {
        assertThat(jdbc.queryForList("select id from migrate_history order by id", String.class))
                .containsExactly("0001_initial", "0002_book_published_date", "0003_book_format", "0004_fill_book_format");
        Book saved = books.save(new Book("Germinal", "Zola", LocalDate.of(1885, 3, 1), Book.Format.HARDCOVER));
        assertThat(books.findById(saved.getId())).hasValueSatisfying(book ->
                assertThat(book.getFormat()).isEqualTo(Book.Format.HARDCOVER));
    }
}

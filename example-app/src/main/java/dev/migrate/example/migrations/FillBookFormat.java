package dev.migrate.example.migrations;

import dev.migrate.DataMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Migration 0004_fill_book_format, in Java: books stored before they had a format get the default
 * one. It is a bean, so the starter runs this instance, with its setting injected; without the
 * bean it would be made with a no-argument constructor.
 *
 * <p>It works through the connection it is given (the migration's own: on PostgreSQL inside the
 * migration's transaction). It has no {@code backward}: which books had no format is forgotten, so
 * going back over 0004 is refused before anything runs.
 */
@Component
public class FillBookFormat implements DataMigration {

    private final String format;

    public FillBookFormat(@Value("${example.default-book-format:PAPERBACK}") String format) {
        this.format = format;
    }

    @Override
    public void forward(Connection connection) throws Exception {
        try (PreparedStatement update = connection.prepareStatement("update book set format = ? where format is null")) {
            update.setString(1, format);
            update.executeUpdate();
        }
    }
}

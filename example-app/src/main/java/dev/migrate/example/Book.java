package dev.migrate.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 200, nullable = false)
    private String title;

    @Column(length = 100, nullable = false)
    private String author;

    private @Nullable LocalDate publishedDate;

    /** An enum type on MariaDB and H2, a varchar with a check on PostgreSQL: one migration file for all three. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Format format;

    public enum Format {
        HARDCOVER, PAPERBACK, EBOOK
    }

    /** For JPA, which sets the fields. */
    @SuppressWarnings("NullAway.Init")
    protected Book() {
    }

    public Book(String title, String author, @Nullable LocalDate publishedDate) {
        this(title, author, publishedDate, null);
    }

    public Book(String title, String author, @Nullable LocalDate publishedDate, @Nullable Format format) {
        this.title = title;
        this.author = author;
        this.publishedDate = publishedDate;
        this.format = format;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public @Nullable LocalDate getPublishedDate() {
        return publishedDate;
    }

    public @Nullable Format getFormat() {
        return format;
    }
}

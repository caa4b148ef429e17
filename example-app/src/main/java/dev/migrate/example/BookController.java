package dev.migrate.example;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /books, GET /books/{id} and POST /books. */
@RestController
@RequestMapping("/books")
class BookController {

    private final BookRepository books;

    BookController(BookRepository books) {
        this.books = books;
    }

    @GetMapping
    List<Book> all() {
        return books.findAll();
    }

    @GetMapping("/{id}")
    ResponseEntity<Book> one(@PathVariable long id) {
        return ResponseEntity.of(books.findById(id));
    }

    @PostMapping
    ResponseEntity<Book> add(@RequestBody NewBook book) {
        Book saved = books.save(new Book(book.title(), book.author(), book.publishedDate(), book.format()));
        return ResponseEntity.created(URI.create("/books/" + saved.getId())).body(saved);
    }

    record NewBook(String title, String author, @Nullable LocalDate publishedDate, Book.@Nullable Format format) {
    }
}

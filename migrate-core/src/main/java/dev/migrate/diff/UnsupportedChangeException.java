package dev.migrate.diff;

/** A model change that cannot be written as a migration without a person's decision. */
public class UnsupportedChangeException extends RuntimeException {

    public UnsupportedChangeException(String message) {
        super(message);
    }
}

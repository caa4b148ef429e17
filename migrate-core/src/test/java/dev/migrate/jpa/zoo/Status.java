package dev.migrate.jpa.zoo;

public enum Status {
    ACTIVE, RETIRED, QUARANTINED
}

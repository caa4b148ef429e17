package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;
import java.util.List;

class SchemaDriftPostgresTest extends SchemaDriftTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Override
    List<String> backslashSettings() {
        return List.of("set standard_conforming_strings = on", "set standard_conforming_strings = off");
    }

    @Override
    List<String> handMadeSchemaChanges() {
        return List.of("alter table book add column note varchar(50)", "alter table book drop column price",
                "alter table book alter column title type varchar(100)", "drop index ix_book_title",
                "create table notes (id int primary key)");
    }

    @Override
    List<String> handMadeConstraintChanges() {
        return List.of("alter table book alter column isbn set not null",
                "alter table book alter column price set default 1", "alter table book drop constraint uk_book_isbn",
                "alter table book drop constraint fk_book_author", "drop sequence book_seq",
                "alter table author add constraint ck_by_hand check (char_length(name) > 0)");
    }

    @Override
    List<String> otherToolsTables() {
        return List.of("create table flyway_schema_history (installed_rank int primary key, version varchar(50))",
                "create table databasechangelog (id varchar(255) not null)",
                "create table databasechangeloglock (id int primary key, locked boolean not null)");
    }
}

package dev.migrate.engine;

import dev.migrate.testing.DatabaseKind;
import java.util.List;

class SchemaDriftMariaDbTest extends SchemaDriftTestBase {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    List<String> backslashSettings() {
        return List.of("set sql_mode = default", "set sql_mode = concat(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
    }

    @Override
    List<String> handMadeSchemaChanges() {
        return List.of("alter table book add column note varchar(50)", "alter table book drop column price",
                "alter table book modify title varchar(100) not null", "drop index ix_book_title on book",
                "create table notes (id int primary key)");
    }

    @Override
    List<String> handMadeConstraintChanges() {
        // MariaDB keeps the index it made for the foreign key when the key goes: drop it too, as a
        // person removing the key would (else it is drift of its own, an index the files lack)
        return List.of("alter table book modify isbn varchar(13) not null",
                "alter table book alter column price set default 1", "alter table book drop index uk_book_isbn",
                "alter table book drop foreign key fk_book_author", "alter table book drop index fk_book_author",
                "drop sequence book_seq", "alter table author add constraint ck_by_hand check (char_length(name) > 0)");
    }

    @Override
    List<String> otherToolsTables() {
        return List.of("create table flyway_schema_history (installed_rank int primary key, version varchar(50))",
                "create table DATABASECHANGELOG (ID varchar(255) not null)",
                "create table DATABASECHANGELOGLOCK (ID int primary key, LOCKED bit(1) not null)");
    }
}

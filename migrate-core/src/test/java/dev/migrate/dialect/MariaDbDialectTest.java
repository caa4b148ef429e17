package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operation.DropNotNullConstraint;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class MariaDbDialectTest {

    private final Dialect dialect = Dialect.mariadb();

    @Test
    void rendersEveryOperation() {
        assertThat(Scripts.render(dialect, Fixtures.everyOperation())).containsExactly(
                List.of("create sequence `book_seq` start with 1 increment by 50 nocache"),
                List.of("create table `author` (`id` bigint not null auto_increment, `name` varchar(100) not null,"
                        + " `country` varchar(2) default 'fr', `active` bit default 1 not null,"
                        + " primary key (`id`)) engine=InnoDB"),
                List.of("create table `book` (`id` bigint not null, `title` varchar(200), `author_id` bigint,"
                        + " `price` decimal(10,2), primary key (`id`)) engine=InnoDB"),
                List.of("insert into author (name) values ('Zola')", "insert into book (id, title) values (1, null)"),
                List.of(), // java: no SQL
                List.of("alter table `book` add column `isbn` varchar(13)"),
                List.of("alter table `book` rename column `title` to `name`"),
                List.of("alter table `book` modify column `name` varchar(300)"),
                List.of("alter table `book` modify column `price` decimal(12,2)"),
                List.of("alter table `book` alter column `name` set default 'it''s untitled'"),
                List.of("update `book` set `name` = 'it''s untitled' where `name` is null",
                        "alter table `book` modify column `name` varchar(300) default 'it''s untitled' not null"),
                List.of("alter table `book` modify column `name` varchar(300) default 'it''s untitled'"),
                List.of("alter table `book` alter column `name` drop default"),
                List.of("alter table `author` modify column `country` varchar(2) default 'fr' not null"),
                List.of("create index `ix_book_name` on `book` (`name`, `price` desc)"),
                List.of("create unique index `ux_author_name` on `author` (`name`)"),
                List.of("alter table `book` add constraint `uk_book_isbn` unique (`isbn`)"),
                List.of("alter table `book` add constraint `fk_book_author` foreign key (`author_id`)"
                        + " references `author` (`id`) on delete cascade"),
                List.of("alter table `book` drop foreign key `fk_book_author`",
                        "drop index if exists `fk_book_author` on `book`"),
                List.of("alter table `book` drop index `uk_book_isbn`"),
                List.of("alter table `book` add constraint `ck_book_price` check (price >= 0)"),
                List.of("alter table `book` drop constraint `ck_book_price`"),
                List.of("drop index `ux_author_name` on `author`"),
                List.of("drop index `ix_book_name` on `book`"),
                List.of("alter table `book` drop column `isbn`"),
                List.of("alter table `book` rename to `volume`"),
                List.of("drop table `volume`"),
                List.of("drop table `author`"),
                List.of("drop sequence `book_seq`"));
    }

    @Test
    void modifyKeepsTheRestOfTheColumn() {
        assertThat(dialect.sql(new ModifyDataType("author", "id", ColumnType.of(DataType.INTEGER)), Fixtures.library()))
                .containsExactly("alter table `author` modify column `id` integer not null auto_increment");
        assertThat(dialect.sql(new DropNotNullConstraint("author", "active"), Fixtures.library()))
                .containsExactly("alter table `author` modify column `active` bit default 1");
    }

    @Test
    void rendersDefaults() {
        assertThat(dialect.defaultValue(DefaultValue.string("a'c"))).isEqualTo("'a''c'");
        // a backslash reads the same whatever sql_mode says (NO_BACKSLASH_ESCAPES) in hexadecimal
        assertThat(dialect.defaultValue(DefaultValue.string("a\\b'c"))).isEqualTo("_utf8mb4 X'615C622763'");
        assertThat(dialect.defaultValue(DefaultValue.string("\\\u00e9"))).isEqualTo("_utf8mb4 X'5CC3A9'");
        assertThat(dialect.defaultValue(DefaultValue.bool(true))).isEqualTo("1");
        assertThat(dialect.defaultValue(DefaultValue.bool(false))).isEqualTo("0");
        assertThat(dialect.defaultValue(DefaultValue.numeric("42"))).isEqualTo("42");
        assertThat(dialect.defaultValue(DefaultValue.computed("current_timestamp(6)"))).isEqualTo("current_timestamp(6)");
    }

    @Test
    void quotesWithBackticks() {
        assertThat(dialect.quote("Book")).isEqualTo("`book`");
    }

    @Test
    void locksWithANamedLock() {
        LockStatements lock = dialect.lockStatements("test:migrate_history").orElseThrow();
        assertThat(lock.tryLock()).isEqualTo("select get_lock('test:migrate_history', 0)");
        assertThat(lock.unlock()).isEqualTo("select release_lock('test:migrate_history')");
    }

    @Test
    void hasNoTransactionalDdl() {
        assertThat(dialect.supportsTransactionalDdl()).isFalse();
        assertThat(dialect.name()).isEqualTo("mariadb");
    }
}

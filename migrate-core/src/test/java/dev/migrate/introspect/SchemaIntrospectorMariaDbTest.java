package dev.migrate.introspect;

import static dev.migrate.schema.ColumnType.decimal;
import static dev.migrate.schema.ColumnType.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaIntrospectorMariaDbTest extends AbstractSchemaIntrospectorTest {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    protected String identity() {
        return "bigint not null auto_increment";
    }

    /** Hibernate's types on MariaDB: bit for boolean, datetime for both kinds of timestamp. */
    @Override
    protected String everyTypeDdl() {
        return """
                create table every_type (
                  id bigint not null auto_increment primary key,
                  int_col int not null default 42,
                  small_col smallint default -7,
                  tiny_col tinyint,
                  flag bit not null default 1,
                  price decimal(10,2) default 9.50,
                  ratio float,
                  amount double,
                  code char(3) default 'abc',
                  title varchar(200) not null default 'it''s',
                  empty_text varchar(10) default '',
                  body longtext,
                  born date default '2020-01-31',
                  created_on date not null default current_date,
                  wake_at time(0),
                  created_at datetime(6) default current_timestamp,
                  updated_at datetime(3),
                  external_id uuid,
                  digest varbinary(16),
                  data longblob,
                  note varchar(20) default null)
                """;
    }

    @Override
    protected ColumnType expected(ColumnType declared) {
        return declared.type() == DataType.TIMESTAMP_TZ ? new ColumnType(DataType.TIMESTAMP, declared.size(), null)
                : declared;
    }

    @Override
    protected boolean uniqueIndexesAreConstraints() {
        return true;
    }

    @Override
    protected String unsupportedTypeDdl() {
        return "create table odd (id integer, span mediumint)";
    }

    @Override
    protected String generatedColumnDdl() {
        return "create table odd (n integer, doubled integer as (n * 2) stored)";
    }

    @Test
    void readsEveryUniqueIndexWithoutDescColumnsAsAUniqueConstraint() throws SQLException {
        execute("create table t (a integer, b integer, c integer, constraint uk_t_a unique (a))",
                "create unique index ux_t_b_c on t (b, c)",
                "create unique index ux_t_c_desc on t (c desc)");

        Table t = read().requireTable("t");

        assertThat(t.uniqueConstraints()).containsExactly(new UniqueConstraint("uk_t_a", List.of("a")),
                new UniqueConstraint("ux_t_b_c", List.of("b", "c")));
        assertThat(t.indexes()).containsExactly(new Index("ux_t_c_desc", true, List.of(new IndexColumn("c", true))));
    }

    @Test
    void leavesOutTheIndexesMariaDbMadeForForeignKeysButKeepsTheUsersOwn() throws SQLException {
        execute("create table parent (id integer primary key)",
                "create table child (a integer, b integer, c integer, d integer,"
                        + " constraint fk_child_a foreign key (a) references parent (id),"
                        + " foreign key (b) references parent (id),"
                        + " index ix_child_c (c), constraint fk_child_c foreign key (c) references parent (id),"
                        + " constraint fk_child_d foreign key (d) references parent (id) on delete no action)");

        Table child = read().requireTable("child");

        assertThat(child.indexes()).containsExactly(new Index("ix_child_c", false, List.of(IndexColumn.asc("c"))));
        assertThat(child.foreignKeys()).containsExactly(
                new ForeignKey("child_ibfk_1", List.of("b"), "parent", List.of("id"), ReferentialAction.NO_ACTION),
                new ForeignKey("fk_child_a", List.of("a"), "parent", List.of("id"), ReferentialAction.NO_ACTION),
                new ForeignKey("fk_child_c", List.of("c"), "parent", List.of("id"), ReferentialAction.NO_ACTION),
                new ForeignKey("fk_child_d", List.of("d"), "parent", List.of("id"), ReferentialAction.NO_ACTION));
    }

    @Test
    void readsMariaDbsOwnSpellings() throws SQLException {
        execute("""
                create table spelling (
                  yes_no boolean default true, off_flag bit default b'0', small_text text, medium mediumtext,
                  bytes blob, instant timestamp(3) null, plain_time time, plain_datetime datetime default now(),
                  wake time(2) default curtime(2), stamp datetime(6) default localtimestamp,
                  padded decimal(8,3) default 1.5, id uuid default uuid())
                """);

        assertSchema(read(), Schema.of(List.of(Table.of("spelling", List.of(
                new Column("yes_no", of(DataType.TINYINT), true, DefaultValue.numeric("1"), false),
                new Column("off_flag", of(DataType.BOOLEAN), true, DefaultValue.bool(false), false),
                Column.of("small_text", of(DataType.VARCHAR, 65_535), true),
                Column.of("medium", of(DataType.VARCHAR, 16_777_215), true),
                Column.of("bytes", of(DataType.BLOB), true),
                Column.of("instant", of(DataType.TIMESTAMP_TZ, 3), true),
                Column.of("plain_time", of(DataType.TIME, 0), true),
                new Column("plain_datetime", of(DataType.TIMESTAMP, 0), true,
                        DefaultValue.computed("current_timestamp"), false),
                new Column("wake", of(DataType.TIME, 2), true, DefaultValue.computed("current_time"), false),
                new Column("stamp", of(DataType.TIMESTAMP, 6), true, DefaultValue.computed("current_timestamp"), false),
                new Column("padded", decimal(8, 3), true, DefaultValue.numeric("1.5"), false),
                new Column("id", of(DataType.UUID), true, DefaultValue.computed("uuid()"), false)), List.of())),
                List.of()));
    }

    @Test
    void refusesUnsignedColumns() throws SQLException {
        execute("create table odd (span integer unsigned)");

        assertThatThrownBy(this::read).isInstanceOf(IntrospectionException.class).hasMessageContaining("odd.span")
                .hasMessageContaining("unsigned");
    }

    @Test
    void readsSeveralSequencesInOneQueryAndOnlyTheCurrentDatabase() throws SQLException {
        execute("create sequence seq_a", "create sequence seq_b start with -5 increment by -2",
                "create table here (id integer)");

        assertSchema(read(), Schema.of(
                List.of(Table.of("here", List.of(Column.of("id", of(DataType.INTEGER), true)), List.of())),
                List.of(new Sequence("seq_a", 1, 1), new Sequence("seq_b", -5, -2))));
    }

    @Override
    protected String keptCondition() {
        return "`level` < 100";
    }

    @Override
    protected String namedByTheDatabase() {
        return "level";
    }
}

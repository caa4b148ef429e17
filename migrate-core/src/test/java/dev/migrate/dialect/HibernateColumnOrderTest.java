package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The linear check of Hibernate's column order against sorting, on random tables and every dialect. */
class HibernateColumnOrderTest {

    private static final List<ColumnType> TYPES = List.of(ColumnType.parse("boolean"), ColumnType.parse("smallint"),
            ColumnType.parse("integer"), ColumnType.parse("bigint"), ColumnType.parse("date"),
            ColumnType.parse("timestamp(6)"), ColumnType.parse("varchar(20)"), ColumnType.parse("varchar(255)"),
            ColumnType.parse("varchar(4000)"), ColumnType.parse("decimal(10,2)"), ColumnType.parse("decimal(38,2)"),
            ColumnType.parse("uuid"), ColumnType.parse("clob"), ColumnType.parse("char(3)"), ColumnType.parse("double"),
            ColumnType.parse("float"));

    @Test
    void aTableIsInHibernatesOrderExactlyWhenSortingItChangesNothing() {
        Random random = new Random(5);
        int inOrder = 0;
        for (Dialect dialect : List.of(Dialect.postgresql(), Dialect.mariadb(), Dialect.h2())) {
            for (int i = 0; i < 3_000; i++) {
                List<Column> columns = new ArrayList<>();
                int count = random.nextInt(6);
                for (int c = 0; c < count; c++) {
                    columns.add(Column.of("c" + random.nextInt(20) + "_" + c, TYPES.get(random.nextInt(TYPES.size())), true));
                }
                List<Column> sorted = dialect.hibernateColumnOrder(columns);
                if (random.nextBoolean()) {
                    columns = sorted;
                }
                boolean expected = columns.equals(sorted);
                assertThat(dialect.inHibernateColumnOrder(columns)).as(columns.toString()).isEqualTo(expected);
                assertThat(Dialect.portableColumnOrder(columns)).isEqualTo(Dialect.postgresql().hibernateColumnOrder(columns));
                inOrder += expected ? 1 : 0;
            }
        }
        assertThat(inOrder).isBetween(3_000, 8_000);
    }
}

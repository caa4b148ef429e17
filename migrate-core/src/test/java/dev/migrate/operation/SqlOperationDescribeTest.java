package dev.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SqlOperationDescribeTest {

    @Test
    void theDescriptionShowsTheFirstStatementOnOneLine() {
        assertThat(new SqlOperation(List.of("  update book\n\t set  title = 'x'  ", "select 1"), List.of()).describe())
                .isEqualTo("Run SQL: update book set title = 'x' (+1 more)");
    }

    /** White space runs become one space exactly as the regular expression {@code \s+} made them. */
    @Test
    void everyRunOfWhiteSpaceBecomesOneSpaceAsBefore() {
        Random random = new Random(9);
        String alphabet = "ab \t\n\r\f\u000B\u00A0\u2003\u001Cé;";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sql = new StringBuilder("x");
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                sql.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String first = sql.toString().strip().replaceAll("\\s+", " ");
            String shown = first.length() > 60 ? first.substring(0, 57) + "..." : first;
            assertThat(new SqlOperation(List.of(sql.toString()), List.of()).describe()).isEqualTo("Run SQL: " + shown);
        }
    }
}

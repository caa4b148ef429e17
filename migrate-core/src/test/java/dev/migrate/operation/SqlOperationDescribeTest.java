package dev.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The description shows the first statement on one line ({@code Messages.oneSpaced}, tested in MessagesTest). */
class SqlOperationDescribeTest {

    @Test
    void theDescriptionShowsTheFirstStatementOnOneLine() {
        assertThat(new SqlOperation(List.of("  update book\n\t set  title = 'x'  ", "select 1"), List.of()).describe())
                .isEqualTo("Run SQL: update book set title = 'x' (+1 more)");
        assertThat(new SqlOperation(List.of("select\r\n" + "1".repeat(70)), List.of()).describe())
                .isEqualTo("Run SQL: select " + "1".repeat(50) + "...");
    }
}

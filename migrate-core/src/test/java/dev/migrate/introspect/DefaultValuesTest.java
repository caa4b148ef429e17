package dev.migrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import org.junit.jupiter.api.Test;

class DefaultValuesTest {

    @Test
    void noDefaultAndNullAreTheSame() {
        assertThat(DefaultValues.parse(null, DataType.VARCHAR)).isNull();
        assertThat(DefaultValues.parse(" ", DataType.VARCHAR)).isNull();
        assertThat(DefaultValues.parse("NULL", DataType.VARCHAR)).isNull();
    }

    @Test
    void aQuotedLiteralIsAStringUnlessTheColumnSaysOtherwise() {
        assertThat(DefaultValues.parse("'it''s'", DataType.VARCHAR)).isEqualTo(DefaultValue.string("it's"));
        assertThat(DefaultValues.parse("''", DataType.VARCHAR)).isEqualTo(DefaultValue.string(""));
        assertThat(DefaultValues.parse("'42'", DataType.VARCHAR)).isEqualTo(DefaultValue.string("42"));
        assertThat(DefaultValues.parse("'42'", DataType.INTEGER)).isEqualTo(DefaultValue.numeric("42"));
        assertThat(DefaultValues.parse("'true'", DataType.BOOLEAN)).isEqualTo(DefaultValue.bool(true));
    }

    /** MariaDB shows a text default with its backslash escapes; the quotes stay doubled. */
    @Test
    void backslashEscapesBecomeWhatTheyStandFor() {
        assertThat(DefaultValues.withoutBackslashEscapes("'C:\\\\new'")).isEqualTo("'C:\\new'");
        assertThat(DefaultValues.withoutBackslashEscapes("'x\\\\''y'")).isEqualTo("'x\\''y'");
        assertThat(DefaultValues.withoutBackslashEscapes("'two\\nlines\\r\\t\\0\\Z\\b'"))
                .isEqualTo("'two\nlines\r\t\0\u001a\b'");
        assertThat(DefaultValues.withoutBackslashEscapes("'it\\'s \\% \\q'")).isEqualTo("'it''s \\% q'");
        assertThat(DefaultValues.withoutBackslashEscapes("'plain'")).isEqualTo("'plain'");
        assertThat(DefaultValues.parse(DefaultValues.withoutBackslashEscapes("'x\\\\''y'"), DataType.VARCHAR))
                .isEqualTo(DefaultValue.string("x\\'y"));
    }

    /** H2 shows a text with a control character as a Unicode literal. */
    @Test
    void unicodeEscapesBecomeTheirCharacters() {
        assertThat(DefaultValues.withoutUnicodeEscapes("'two\\000alines\\0009and a tab'"))
                .isEqualTo("'two\nlines\tand a tab'");
        assertThat(DefaultValues.withoutUnicodeEscapes("'C:\\\\new ''x'' \\+01F600'"))
                .isEqualTo("'C:\\new ''x'' \uD83D\uDE00'");
    }

    /** An escape H2 would not write is refused with the literal and where in it, not a bare number format error. */
    @Test
    void aMalformedUnicodeEscapeIsNamed() {
        assertThatThrownBy(() -> DefaultValues.withoutUnicodeEscapes("'ab\\00g1'"))
                .isInstanceOf(IntrospectionException.class)
                .hasMessage("A column default reads as the Unicode literal U&'ab\\00g1', whose escape at character 4 is not"
                        + " \\XXXX, \\+XXXXXX or \\\\ (XXXX hexadecimal digits)");
        assertThatThrownBy(() -> DefaultValues.withoutUnicodeEscapes("'x\\12'"))
                .isInstanceOf(IntrospectionException.class).hasMessageContaining("escape at character 3 is not");
        assertThatThrownBy(() -> DefaultValues.withoutUnicodeEscapes("'\\+110000'"))
                .isInstanceOf(IntrospectionException.class)
                .hasMessage("A column default reads as the Unicode literal U&'\\+110000', whose escape at character 2 is no"
                        + " Unicode code point");
    }

    @Test
    void numbersAreWrittenWithoutPaddingOrExponent() {
        assertThat(DefaultValues.parse("-3.50", DataType.DECIMAL)).isEqualTo(DefaultValue.numeric("-3.5"));
        assertThat(DefaultValues.parse("1e3", DataType.DOUBLE)).isEqualTo(DefaultValue.numeric("1000"));
        assertThat(DefaultValues.parse("+7", DataType.INTEGER)).isEqualTo(DefaultValue.numeric("7"));
        assertThat(DefaultValues.parse("10", DataType.INTEGER)).isEqualTo(DefaultValue.numeric("10"));
    }

    @Test
    void booleansInAnyCaseAndOneOrZeroOnABooleanColumn() {
        assertThat(DefaultValues.parse("TRUE", DataType.BOOLEAN)).isEqualTo(DefaultValue.bool(true));
        assertThat(DefaultValues.parse("false", DataType.BOOLEAN)).isEqualTo(DefaultValue.bool(false));
        assertThat(DefaultValues.parse("1", DataType.BOOLEAN)).isEqualTo(DefaultValue.bool(true));
        assertThat(DefaultValues.parse("1", DataType.TINYINT)).isEqualTo(DefaultValue.numeric("1"));
    }

    @Test
    void expressionsAreLowerCasedOutsideLiteralsWithoutEmptyParenthesesOfNiladicFunctions() {
        assertThat(DefaultValues.parse("CURRENT_TIMESTAMP", DataType.TIMESTAMP))
                .isEqualTo(DefaultValue.computed("current_timestamp"));
        assertThat(DefaultValues.parse("current_timestamp()", DataType.TIMESTAMP))
                .isEqualTo(DefaultValue.computed("current_timestamp"));
        assertThat(DefaultValues.parse("CURRENT_TIMESTAMP(3)", DataType.TIMESTAMP))
                .isEqualTo(DefaultValue.computed("current_timestamp(3)"));
        assertThat(DefaultValues.parse("RANDOM_UUID()", DataType.UUID)).isEqualTo(DefaultValue.computed("random_uuid()"));
        assertThat(DefaultValues.parse("CONCAT('A',  'B')", DataType.VARCHAR))
                .isEqualTo(DefaultValue.computed("concat('A', 'B')"));
    }
}

package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.DefaultValue;
import org.junit.jupiter.api.Test;

class DefaultValuesTest {

    @Test
    void quotedTextIsAString() {
        assertThat(DefaultValues.parse("'unknown'")).isEqualTo(DefaultValue.string("unknown"));
        assertThat(DefaultValues.parse("'it''s'")).isEqualTo(DefaultValue.string("it's"));
        assertThat(DefaultValues.parse("''")).isEqualTo(DefaultValue.string(""));
    }

    @Test
    void numbersAreNumeric() {
        assertThat(DefaultValues.parse("0")).isEqualTo(DefaultValue.numeric("0"));
        assertThat(DefaultValues.parse(" -1.5 ")).isEqualTo(DefaultValue.numeric("-1.5"));
        assertThat(DefaultValues.parse("1e3")).isEqualTo(DefaultValue.numeric("1e3"));
    }

    @Test
    void trueAndFalseAreBooleans() {
        assertThat(DefaultValues.parse("true")).isEqualTo(DefaultValue.bool(true));
        assertThat(DefaultValues.parse("FALSE")).isEqualTo(DefaultValue.bool(false));
    }

    @Test
    void anythingElseIsComputed() {
        assertThat(DefaultValues.parse("current_timestamp")).isEqualTo(DefaultValue.computed("current_timestamp"));
        assertThat(DefaultValues.parse("'a' || 'b'")).isEqualTo(DefaultValue.computed("'a' || 'b'"));
        assertThat(DefaultValues.parse("(1 + 2)")).isEqualTo(DefaultValue.computed("(1 + 2)"));
    }

    @Test
    void noDefaultIsNull() {
        assertThat(DefaultValues.parse(null)).isNull();
    }
}

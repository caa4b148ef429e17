package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The lock name: kept as it is when a lock statement takes it, hashed otherwise; the same name as ever. */
class DatabaseLockNameTest {

    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_.:$-]{1,64}");

    @Test
    void aPlainNameIsKeptAndAnyOtherIsHashed() {
        assertThat(DatabaseLock.lockName("shop", "migrate_history")).isEqualTo("migrate:shop.migrate_history");
        assertThat(DatabaseLock.lockName(null, "migrate_history")).isEqualTo("migrate:migrate_history");
        assertThat(DatabaseLock.lockName("a".repeat(60), "migrate_history")).matches("migrate:[0-9a-f]{32}");
        // the hash of a name is the one earlier versions took, so that instances of both exclude each other
        // (the first half of the SHA-256 of "migrate:my app.migrate_history")
        assertThat(DatabaseLock.lockName("my app", "migrate_history")).isEqualTo("migrate:2f27a582a561305ab76841a779ea1e85");
    }

    @Test
    void theCheckByHandAgreesWithTheRegularExpression() {
        Random random = new Random(3);
        String alphabet = "aZ09_.:$-/ é\t";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder catalog = new StringBuilder();
            int length = random.nextInt(70);
            for (int c = 0; c < length; c++) {
                catalog.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String plain = "migrate:" + catalog + ".h";
            String name = DatabaseLock.lockName(catalog.toString(), "h");
            assertThat(name.equals(plain)).as(plain).isEqualTo(SIMPLE.matcher(plain).matches());
            assertThat(Dialect.isSimpleLockName(catalog.toString())).as(catalog.toString())
                    .isEqualTo(SIMPLE.matcher(catalog).matches());
        }
        assertThat(Dialect.isSimpleLockName("")).isFalse();
        assertThat(Dialect.isSimpleLockName("a".repeat(64))).isTrue();
        assertThat(Dialect.isSimpleLockName("a".repeat(65))).isFalse();
    }
}

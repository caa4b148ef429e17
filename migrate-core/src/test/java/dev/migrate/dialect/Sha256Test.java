package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lock names' SHA-256 gives the JDK's bytes, so every version of migrate takes the same lock. */
class Sha256Test {

    @Test
    void sameAsTheJdksForEveryLengthAroundTheBlockBoundaries() throws Exception {
        Random random = new Random(256);
        for (int length = 0; length < 300; length++) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            assertThat(Sha256.digest(message)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(message));
        }
    }

    @Test
    void knownLockKeyIsUnchanged() throws Exception {
        byte[] name = "migrate:test.migrate_history".getBytes(StandardCharsets.UTF_8);
        assertThat(Sha256.first64Bits(name))
                .isEqualTo(ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(name)).getLong());
        assertThat(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))).asHexString()
                .isEqualToIgnoringCase("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD");
    }
}

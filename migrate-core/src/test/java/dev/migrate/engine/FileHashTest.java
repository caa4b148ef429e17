package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class FileHashTest {

    /** The text the history table holds is the one earlier versions wrote, so their rows still vouch for files. */
    @Test
    void isWrittenAsTheHistoryRecordsIt() {
        for (String text : new String[] {"", "<migration/>", "é".repeat(5000)}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            CRC32C castagnoli = new CRC32C();
            castagnoli.update(bytes);
            CRC32 ieee = new CRC32();
            ieee.update(bytes);
            assertThat(FileHash.of(bytes)).hasToString("c" + Integer.toHexString(bytes.length) + "-"
                    + Long.toHexString(castagnoli.getValue() << 32 | ieee.getValue()));
        }
    }

    @Test
    void tellsChangedBytesApart() {
        FileHash a = FileHash.of("<migration>a</migration>".getBytes(StandardCharsets.UTF_8));
        assertThat(FileHash.of("<migration>a</migration>".getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
        assertThat(FileHash.of("<migration>b</migration>".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(a);
        assertThat(FileHash.of("<migration>a</migration> ".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(a);
    }

    /** A start compares every file's hash with its row's text without writing the hash out. */
    @Test
    void matchesExactlyTheTextItIsWrittenAs() {
        for (int size = 1; size < 3000; size += 7) {
            byte[] bytes = "x".repeat(size).getBytes(StandardCharsets.UTF_8);
            FileHash hash = FileHash.of(bytes);
            String text = hash.toString();
            assertThat(hash.matches(text)).as(text).isTrue();
            assertThat(hash.matches(FileHash.of("y".repeat(size).getBytes(StandardCharsets.UTF_8)).toString())).isFalse();
            assertThat(hash.matches("c0" + text.substring(1))).isFalse();
            assertThat(hash.matches("c+" + text.substring(1))).isFalse();
            assertThat(hash.matches(text.substring(0, text.length() - 1))).isFalse();
            assertThat(hash.matches(text + "0")).isFalse();
            assertThat(hash.matches(text.toUpperCase(java.util.Locale.ROOT).replace('C', 'c'))).as("upper case digits")
                    .isTrue();
            for (int at = 1; at < text.length(); at++) {
                if (text.charAt(at) != '-') {
                    for (char other : new char[] {'g', 'G', '/', ':', '@', '`', '-', '\u0661'}) {
                        String changed = text.substring(0, at) + other + text.substring(at + 1);
                        assertThat(hash.matches(changed)).as(changed).isFalse();
                    }
                }
            }
        }
        FileHash hash = FileHash.of(new byte[0]);
        assertThat(hash.matches(null)).isFalse();
        assertThat(hash.matches("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")).isFalse();
        assertThat(hash.matches("c0-zz")).isFalse();
    }
}

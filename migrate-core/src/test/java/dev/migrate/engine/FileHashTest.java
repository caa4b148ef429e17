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
}

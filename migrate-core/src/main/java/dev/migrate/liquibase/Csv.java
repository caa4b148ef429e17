package dev.migrate.liquibase;

import java.util.ArrayList;
import java.util.List;

/** The CSV of Liquibase's {@code loadData}: a separator, an optional quote character, comment lines skipped. */
final class Csv {

    private Csv() {
    }

    /** The rows, the header first; a quoted value may hold the separator, line breaks and doubled quotes. */
    static List<List<String>> parse(String text, char separator, char quote, String commentStart) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean lineStart = true;
        int i = 0;
        if (text.startsWith("\uFEFF")) {
            i = 1;
        }
        while (i < text.length()) {
            char c = text.charAt(i);
            if (lineStart && !quoted && !commentStart.isEmpty() && text.startsWith(commentStart, i) && row.isEmpty()
                    && value.isEmpty()) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
                continue;
            }
            lineStart = false;
            if (quoted) {
                if (c == quote) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        value.append(quote);
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (quote != 0 && c == quote && value.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                value.setLength(0);
            } else if (c == separator) {
                row.add(wasQuoted ? value.toString() : value.toString().strip());
                value.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(wasQuoted ? value.toString() : value.toString().strip());
                value.setLength(0);
                wasQuoted = false;
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                lineStart = true;
            } else {
                value.append(c);
            }
            i++;
        }
        if (!value.isEmpty() || !row.isEmpty() || wasQuoted) {
            row.add(wasQuoted ? value.toString() : value.toString().strip());
            if (!(row.size() == 1 && row.get(0).isEmpty())) {
                rows.add(row);
            }
        }
        return rows;
    }
}

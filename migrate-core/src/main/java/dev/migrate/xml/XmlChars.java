package dev.migrate.xml;

/** The characters the scanners of this package test for, by XML's definitions (ASCII only for names). */
final class XmlChars {

    private XmlChars() {
    }

    /** XML's white space: space, tab, line feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package io.assay.edge.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact, spreadsheet-editable form of a list of small objects in one cell:
 * {@code type=diamond, shape=round, caratWeight=1.01; type=sapphire, count=2}. Entries are separated by
 * ';', pairs by ',', key from value by '='. A backslash makes the next character plain, so a value may hold
 * any of {@code ; , = \} and keep leading or trailing spaces; unescaped spaces around tokens are ignored.
 * Formatting then parsing gives back the same entries.
 */
final class EntryList {

    private static final String SPECIAL = "\\;,=";

    private EntryList() {
    }

    /** A cell that is not in the compact form; the message says where and why, for a jeweler. */
    static final class MalformedException extends Exception {
        MalformedException(String message) {
            super(message, null, false, false);
        }
    }

    static String format(List<? extends Map<String, String>> entries) {
        StringBuilder out = new StringBuilder();
        for (Map<String, String> entry : entries) {
            if (out.length() > 0) {
                out.append("; ");
            }
            boolean first = true;
            for (Map.Entry<String, String> pair : entry.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                escape(pair.getKey(), out);
                out.append('=');
                escape(pair.getValue(), out);
            }
        }
        return out.toString();
    }

    /**
     * The entries of a cell, keys in the order written. Empty entries and pairs with an empty value are
     * left out.
     *
     * @throws MalformedException for a pair without '=', an empty key, a key given twice in one entry, or
     *                            a trailing lone backslash
     */
    static List<Map<String, String>> parse(String cell) throws MalformedException {
        List<Map<String, String>> entries = new ArrayList<>();
        Map<String, String> entry = new LinkedHashMap<>();
        Token key = new Token();
        Token value = null;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            Token current = value == null ? key : value;
            if (c == '\\') {
                if (i + 1 == cell.length()) {
                    throw new MalformedException("entry " + (entries.size() + 1) + " ends with a lone '\\'");
                }
                current.appendPlain(cell.charAt(++i));
            } else if (c == '=' && value == null) {
                value = new Token();
            } else if (c == ',' || c == ';') {
                addPair(entry, key, value, entries.size() + 1);
                key = new Token();
                value = null;
                if (c == ';') {
                    if (!entry.isEmpty()) {
                        entries.add(entry);
                    }
                    entry = new LinkedHashMap<>();
                }
            } else {
                current.append(c);
            }
        }
        addPair(entry, key, value, entries.size() + 1);
        if (!entry.isEmpty()) {
            entries.add(entry);
        }
        return entries;
    }

    private static void addPair(Map<String, String> entry, Token key, Token value, int position)
            throws MalformedException {
        String k = key.text();
        if (value == null) {
            if (!k.isEmpty()) {
                throw new MalformedException("entry " + position + ": '" + k + "' has no value; write key=value");
            }
            return;
        }
        if (k.isEmpty()) {
            throw new MalformedException("entry " + position + ": a value '" + value.text() + "' has no key; write key=value");
        }
        if (entry.containsKey(k)) {
            throw new MalformedException("entry " + position + ": '" + k + "' is given twice");
        }
        String v = value.text();
        if (!v.isEmpty()) {
            entry.put(k, v);
        }
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean edgeSpace = Character.isWhitespace(c) && (i == 0 || i == text.length() - 1);
            if (SPECIAL.indexOf(c) >= 0 || edgeSpace) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /** A key or value being read: unescaped spaces at its ends are dropped, escaped ones kept. */
    private static final class Token {
        private final StringBuilder text = new StringBuilder();
        private int protectedLength;

        void append(char c) {
            if (text.length() == 0 && Character.isWhitespace(c)) {
                return;
            }
            text.append(c);
        }

        void appendPlain(char c) {
            text.append(c);
            protectedLength = text.length();
        }

        String text() {
            int end = text.length();
            while (end > protectedLength && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end);
        }
    }
}

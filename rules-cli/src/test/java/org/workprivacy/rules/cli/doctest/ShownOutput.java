package org.workprivacy.rules.cli.doctest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares the output a page shows with the output a command printed. The page may leave out what
 * legitimately differs: a line that is just {@code ...} stands for any number of lines (none included),
 * and {@code ...} inside a line for any text on that line (a path, a time, a port).
 */
final class ShownOutput {
    static final String ANY = "...";

    private ShownOutput() {
    }

    static boolean matches(List<String> shown, List<String> actual) {
        return matches(trim(shown), 0, trim(actual), 0);
    }

    private static boolean matches(List<String> shown, int s, List<String> actual, int a) {
        if (s == shown.size()) {
            return a == actual.size();
        }
        if (shown.get(s).strip().equals(ANY)) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(shown, s + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && lineMatches(shown.get(s), actual.get(a)) && matches(shown, s + 1, actual, a + 1);
    }

    static boolean lineMatches(String shown, String actual) {
        if (!shown.contains(ANY)) {
            return shown.equals(actual);
        }
        StringBuilder regex = new StringBuilder();
        String[] parts = shown.split(Pattern.quote(ANY), -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }

    /**
     * What update mode writes for a step whose shown output no longer matches: the fresh output, keeping
     * the page's elision where it had one (as many lines before and after the first and last {@code ...}
     * line as the page showed), and each line with an inline {@code ...} that still fits.
     */
    static List<String> refreshed(List<String> shown, List<String> actual) {
        shown = trim(shown);
        actual = trim(actual);
        int first = -1;
        int last = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).strip().equals(ANY)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<String> fresh = new ArrayList<>();
        if (first < 0 || first + (shown.size() - last - 1) >= actual.size()) {
            for (int i = 0; i < actual.size(); i++) {
                fresh.add(i < shown.size() && lineMatches(shown.get(i), actual.get(i)) ? shown.get(i) : actual.get(i));
            }
            return fresh;
        }
        int tail = shown.size() - last - 1;
        for (int i = 0; i < first; i++) {
            fresh.add(lineMatches(shown.get(i), actual.get(i)) ? shown.get(i) : actual.get(i));
        }
        fresh.add(ANY);
        for (int i = 0; i < tail; i++) {
            String line = actual.get(actual.size() - tail + i);
            String was = shown.get(last + 1 + i);
            fresh.add(lineMatches(was, line) ? was : line);
        }
        return fresh;
    }

    /** Without trailing spaces on each line (editors drop them) and without blank lines at the end. */
    static List<String> trim(List<String> lines) {
        List<String> trimmed = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
            trimmed.remove(trimmed.size() - 1);
        }
        return trimmed;
    }
}

package org.workprivacy.rules.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.rulebook.ScenarioRules;

/**
 * The rulebook as static HTML ({@code workprivacy rulebook}): an index and one page per scenario, with the
 * page's stylesheet and script beside them, so a reviewer opens it from a file share without running
 * anything. Rendered by the same {@link RulebookHtml} as the service's page.
 */
public final class RulebookSite {
    private RulebookSite() {
    }

    /**
     * Writes the site into {@code directory} (created if missing; files of the same names are replaced).
     *
     * @param date the date the pages say they were written (ISO, e.g. 2026-11-26)
     * @return the files written, the index first
     * @throws IOException when a file cannot be written; the message names it
     */
    public static List<Path> write(Rulebook rulebook, Path directory, String date) throws IOException {
        Files.createDirectories(directory);
        RulebookHtml html = new RulebookHtml(rulebook, RulebookHtml.CaseLinks.NONE);
        Map<String, String> hrefs = new LinkedHashMap<>();
        rulebook.scenarios().forEach(s -> hrefs.put(s.scenario(), Html.id(s.scenario()) + ".html"));
        List<Path> written = new ArrayList<>();

        StringBuilder index = new StringBuilder(RulebookHtml.head(PageText.TITLE.en, ""));
        index.append("<body>\n<header>\n<h1>").append(PageText.TITLE.html()).append("</h1>\n")
                .append(RulebookHtml.languageSwitch()).append(html.versionLine(date)).append("<p>")
                .append(PageText.EXPORT_NOTE.html()).append("</p>\n</header>\n<main>\n").append(html.problems())
                .append(html.contents(hrefs)).append("</main>\n</body>\n</html>\n");
        written.add(write(directory.resolve("index.html"), index.toString()));

        for (ScenarioRules scenario : rulebook.scenarios()) {
            StringBuilder page = new StringBuilder(RulebookHtml.head(PageText.TITLE.en + ": " + scenario.scenario(), ""));
            page.append("<body>\n<header>\n<p><a href=\"index.html\">").append(PageText.INDEX.html()).append("</a></p>\n")
                    .append(RulebookHtml.languageSwitch()).append(html.versionLine(date)).append("</header>\n<main>\n")
                    .append(RulebookHtml.search()).append(html.scenario(scenario, 1)).append("</main>\n</body>\n</html>\n");
            written.add(write(directory.resolve(hrefs.get(scenario.scenario())), page.toString()));
        }
        for (String asset : List.of("rulebook.css", "rulebook.js")) {
            Path target = directory.resolve(asset);
            Files.write(target, StaticFile.read(asset));
            written.add(target);
        }
        return written;
    }

    private static Path write(Path file, String html) throws IOException {
        return Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}

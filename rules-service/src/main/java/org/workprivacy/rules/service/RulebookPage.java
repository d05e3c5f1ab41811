package org.workprivacy.rules.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.rulebook.ScenarioRules;
import org.workprivacy.rules.api.ruleset.ReloadResult;

/**
 * {@code GET /}: the page for legal staff. The rulebook of the rules deciding now (read once per rule-set
 * version, see {@link PreparedRulebook}), a notice when the last edit of the rules was refused, and the form
 * with which try.js asks {@code /v1/decisions}.
 */
final class RulebookPage implements Endpoint, AutoCloseable {
    /** A page as sent, and what it was made from: sent again as long as none of these changed. */
    private record Rendered(Rulebook rulebook, String date, Optional<ReloadResult> refused, String html) {
    }

    /** The last reload, when it failed: the page says the rules shown are the last good ones. */
    private final AtomicReference<Optional<ReloadResult>> refused = new AtomicReference<>(Optional.empty());
    private final AtomicReference<Rendered> rendered = new AtomicReference<>();
    private final PreparedRulebook rulebooks;

    RulebookPage(ServedRules rules) {
        rules.onReload(result -> {
            if (result.failed()) {
                refused.set(Optional.of(result));
            } else if (result.changed()) {
                refused.set(Optional.empty());
            }
        });
        // After the listener above, so that a rulebook read after a reload is rendered without the old notice.
        this.rulebooks = new PreparedRulebook(rules, this::page);
    }

    /** Reads the rulebook and renders the page now in the background, and again after each reload that changes the rules. */
    void prepareInBackground() {
        rulebooks.prepareInBackground();
    }

    @Override
    public void handle(HttpCall call) {
        call.answerText(200, "text/html; charset=utf-8", page(rulebooks.current()));
    }

    /**
     * The page of {@code rulebook}: rendered once per rule-set version, day and reload notice (the page is
     * the same in both languages: the switch works in the browser).
     */
    private String page(Rulebook rulebook) {
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        Optional<ReloadResult> notice = refused.get();
        Rendered last = rendered.get();
        if (last != null && last.rulebook() == rulebook && last.date().equals(date) && last.refused().equals(notice)) {
            return last.html();
        }
        String html = render(rulebook, notice, date);
        rendered.set(new Rendered(rulebook, date, notice, html));
        return html;
    }

    @Override
    public void close() {
        rulebooks.close();
    }

    static String render(Rulebook rulebook, Optional<ReloadResult> refused, String date) {
        RulebookHtml html = new RulebookHtml(rulebook, RulebookHtml.CaseLinks.TRY);
        Map<String, String> hrefs = new LinkedHashMap<>();
        rulebook.scenarios().forEach(s -> hrefs.put(s.scenario(), "#scenario-" + Html.id(s.scenario())));
        StringBuilder page = new StringBuilder(RulebookHtml.head(PageText.TITLE.en, "/static/"));
        page.append("<body>\n<a class=\"skip\" href=\"#rulebook\">").append(PageText.SKIP.html()).append("</a>\n<header>\n<h1>")
                .append(PageText.TITLE.html()).append("</h1>\n").append(RulebookHtml.languageSwitch())
                .append(html.versionLine(date))
                .append("<nav aria-label=\"Page\"><ul class=\"parts\"><li><a href=\"#rulebook\">")
                .append(PageText.RULEBOOK.html()).append("</a></li><li><a href=\"#try\">").append(PageText.TRY.html())
                .append("</a></li></ul></nav>\n</header>\n");
        refused.ifPresent(result -> {
            page.append("<div class=\"notice\" id=\"stale-notice\" role=\"alert\"><p>").append(PageText.STALE.html())
                    .append("</p><ul>");
            result.problems().forEach(p -> page.append("<li><code>").append(Html.esc(p.file() + ":" + p.line() + ":"
                    + p.column())).append("</code> ").append(Html.esc(p.message())).append("</li>"));
            page.append("</ul></div>\n");
        });
        page.append("<main>\n<section id=\"rulebook\" tabindex=\"-1\">\n<h2>").append(PageText.RULEBOOK.html()).append("</h2>\n")
                .append(html.problems()).append(RulebookHtml.search()).append(html.contents(hrefs));
        for (ScenarioRules scenario : rulebook.scenarios()) {
            page.append(html.scenario(scenario, 3));
        }
        page.append("</section>\n").append(tryForm(rulebook)).append("</main>\n")
                .append("<script src=\"/static/try.js\" defer></script>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String tryForm(Rulebook rulebook) {
        StringBuilder html = new StringBuilder("<section id=\"try\" tabindex=\"-1\">\n<h2>" + PageText.TRY.html() + "</h2>\n<p>"
                + PageText.TRY_INTRO.html() + "</p>\n<form id=\"try-form\" novalidate>\n<p><label for=\"try-scenario\">"
                + PageText.SCENARIO.html() + "</label> <select id=\"try-scenario\" name=\"scenario\">");
        rulebook.scenarios().stream().map(ScenarioRules::scenario).filter(s -> !s.equals(ScenarioRules.OTHER))
                .forEach(s -> html.append("<option value=\"").append(Html.esc(s)).append("\">").append(Html.esc(s))
                        .append("</option>"));
        html.append("</select></p>\n<p id=\"try-question\" lang=\"en\"></p>\n<div id=\"try-facts\"></div>\n<p class=\"actions\">")
                .append("<button type=\"submit\" id=\"try-decide\">").append(PageText.DECIDE.html()).append("</button> ")
                .append("<button type=\"button\" id=\"copy-json\">").append(PageText.COPY_JSON.html()).append("</button> ")
                .append("<button type=\"button\" id=\"copy-curl\">").append(PageText.COPY_CURL.html()).append("</button> ")
                .append("<a id=\"try-link\" href=\"#try\">").append(PageText.LINK.html()).append("</a> ")
                .append("<output id=\"copy-status\" aria-live=\"polite\"></output></p>\n</form>\n")
                .append("<details><summary>").append(PageText.SITUATION_AS_TEXT.html()).append("</summary>")
                .append("<pre id=\"try-json\"></pre><pre id=\"try-curl\"></pre></details>\n")
                .append("<div id=\"try-answer\" aria-live=\"polite\"></div>\n</section>\n");
        return html.toString();
    }
}

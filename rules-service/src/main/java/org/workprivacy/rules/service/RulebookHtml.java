package org.workprivacy.rules.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.rulebook.CaseEntry;
import org.workprivacy.rules.api.rulebook.RuleEntry;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.rulebook.ScenarioRules;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;

/**
 * Renders the rulebook as HTML, for the service's page and the static export alike: one section per
 * scenario, each rule with its sentences, code, messages in both languages, legal basis (linked where a
 * public text exists) and the cases that fire it. Every text from the rule set is escaped here.
 */
final class RulebookHtml {
    /** Whether each case gets a link that opens it in the page's form (only the served page has the form). */
    enum CaseLinks { TRY, NONE }

    private final Rulebook rulebook;
    private final CaseLinks caseLinks;

    RulebookHtml(Rulebook rulebook, CaseLinks caseLinks) {
        this.rulebook = rulebook;
        this.caseLinks = caseLinks;
    }

    /** The head of a page: the stylesheet and script at {@code assets} (a path prefix ending in '/'). */
    static String head(String title, String assets) {
        return "<!DOCTYPE html>\n<html lang=\"en\" class=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.esc(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + assets + "rulebook.css\">\n"
                + "<script src=\"" + assets + "rulebook.js\" defer></script>\n</head>\n";
    }

    /** The language buttons; rulebook.js switches the page between them and remembers the choice. */
    static String languageSwitch() {
        return "<div class=\"languages\" role=\"group\" aria-label=\"Language / Taal\">"
                + "<button type=\"button\" data-lang=\"en\" lang=\"en\" aria-pressed=\"true\">English</button>"
                + "<button type=\"button\" data-lang=\"nl\" lang=\"nl\" aria-pressed=\"false\">Nederlands</button></div>";
    }

    String versionLine(String date) {
        return "<p class=\"version\">" + PageText.RULE_SET_VERSION.html() + ": <code id=\"rule-set-version\">"
                + Html.esc(rulebook.ruleSetVersion()) + "</code> · " + PageText.DATE.html() + ": <time>"
                + Html.esc(date) + "</time></p>\n";
    }

    /** The search field; rulebook.js hides the rules that do not match. */
    static String search() {
        return "<p class=\"search\"><label for=\"rule-search\">" + PageText.SEARCH.html() + "</label> "
                + "<input id=\"rule-search\" type=\"search\" autocomplete=\"off\"> <output id=\"rule-count\" "
                + "for=\"rule-search\" aria-live=\"polite\"></output></p>\n";
    }

    String problems() {
        if (rulebook.problems().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"notice\" role=\"alert\"><p>" + PageText.PROBLEMS.html()
                + "</p><ul>");
        rulebook.problems().forEach(p -> html.append("<li>").append(Html.esc(p)).append("</li>"));
        return html.append("</ul></div>\n").toString();
    }

    /** A table of contents: each scenario with its number of rules and of rules no case fires. */
    String contents(Map<String, String> hrefs) {
        StringBuilder html = new StringBuilder("<nav aria-label=\"Scenarios\"><h2>" + PageText.SCENARIOS.html()
                + "</h2><ul class=\"contents\">\n");
        for (ScenarioRules scenario : rulebook.scenarios()) {
            int uncovered = scenario.uncovered().size();
            html.append("<li><a href=\"").append(Html.esc(hrefs.get(scenario.scenario()))).append("\">")
                    .append(PageText.scenarioTitle(scenario.scenario())).append("</a> <code>")
                    .append(Html.esc(scenario.scenario())).append("</code>: ").append(scenario.rules().size()).append(' ')
                    .append(PageText.RULES.html());
            if (uncovered > 0) {
                html.append(", <span class=\"uncovered-count\">").append(uncovered).append(' ')
                        .append(PageText.UNCOVERED.html()).append("</span>");
            }
            html.append("</li>\n");
        }
        return html.append("</ul></nav>\n").toString();
    }

    /** One scenario: its rules, then its cases. */
    String scenario(ScenarioRules scenario, int headingLevel) {
        String id = "scenario-" + Html.id(scenario.scenario());
        StringBuilder html = new StringBuilder("<section class=\"scenario\" id=\"" + id + "\" data-scenario=\""
                + Html.esc(scenario.scenario()) + "\">\n<h" + headingLevel + ">" + PageText.scenarioTitle(scenario.scenario())
                + " <code>" + Html.esc(scenario.scenario()) + "</code></h" + headingLevel + ">\n");
        if (scenario.rules().isEmpty()) {
            html.append("<p>").append(PageText.NO_RULES.html()).append("</p>\n");
        }
        for (RuleEntry rule : scenario.rules()) {
            html.append(rule(rule, headingLevel + 1, scenario.scenario()));
        }
        if (!scenario.cases().isEmpty()) {
            html.append(cases(scenario, headingLevel + 1));
        }
        return html.append("</section>\n").toString();
    }

    private String rule(RuleEntry rule, int level, String scenario) {
        String search = String.join(" ", rule.name(), rule.code(), String.join(" ", rule.legalBasis()),
                String.join(" ", rule.messages().values()), String.join(" ", rule.when()), String.join(" ", rule.then()));
        StringBuilder html = new StringBuilder("<article class=\"rule" + (rule.covered() ? "" : " uncovered")
                + "\" id=\"rule-" + Html.id(rule.name()) + "\" data-code=\"" + Html.esc(rule.code())
                + "\" data-search=\"" + Html.esc(search.toLowerCase(Locale.ROOT)) + "\">\n");
        html.append("<h").append(level).append(" class=\"rule-name\">").append(Html.esc(rule.name())).append("</h")
                .append(level).append(">\n<p class=\"meta\">").append(effect(rule.effect())).append(' ')
                .append(PageText.CODE.html()).append(": <code class=\"code\">").append(Html.esc(rule.code()))
                .append("</code> · ").append(PageText.FILE.html()).append(": <code>").append(Html.esc(rule.file()))
                .append(rule.line() > 0 ? ":" + rule.line() : "").append("</code></p>\n");
        if (!rule.covered()) {
            html.append("<p class=\"coverage\">").append(PageText.NOT_COVERED.html()).append("</p>\n");
        }
        html.append("<div class=\"sentences").append(rule.decisionLanguage() ? " dsl" : " drl").append("\"><p><b>")
                .append(PageText.WHEN.html()).append("</b></p>").append(lines(rule.when())).append("<p><b>")
                .append(PageText.THEN.html()).append("</b></p>").append(lines(rule.then())).append("</div>\n");
        html.append("<dl class=\"details\"><dt>").append(PageText.MESSAGE.html()).append("</dt><dd>");
        for (Language language : Language.values()) {
            Optional<String> text = Optional.ofNullable(rule.messages().get(language));
            html.append("<p class=\"message t-").append(language.tag()).append("\" lang=\"").append(language.tag())
                    .append("\">").append(text.map(Html::esc).orElse(PageText.NO_MESSAGE.html())).append("</p>");
        }
        html.append("</dd><dt>").append(PageText.LEGAL_BASIS.html()).append("</dt><dd><ul class=\"legal-basis\">");
        for (String citation : rule.legalBasis()) {
            html.append("<li>").append(LegalLinks.of(citation)
                    .map(url -> "<a href=\"" + Html.esc(url) + "\" rel=\"noopener\">" + Html.esc(citation) + "</a>")
                    .orElse(Html.esc(citation))).append("</li>");
        }
        html.append("</ul></dd>");
        if (rule.covered()) {
            html.append("<dt>").append(PageText.CASES.html()).append("</dt><dd><ul class=\"rule-cases\">");
            rule.cases().forEach(c -> html.append("<li><a href=\"#").append(caseId(scenario, c)).append("\">")
                    .append(Html.esc(c)).append("</a></li>"));
            html.append("</ul></dd>");
        }
        return html.append("</dl>\n</article>\n").toString();
    }

    private static String lines(List<String> lines) {
        StringBuilder html = new StringBuilder("<ul>");
        // A decision-language condition reads as one sentence and its "- ..." parts; DRL stays as written.
        lines.forEach(line -> html.append(line.startsWith("-") ? "<li class=\"part\">" : "<li>")
                .append(Html.esc(line)).append("</li>"));
        return html.append("</ul>").toString();
    }

    private static String effect(Optional<Effect> effect) {
        return effect.map(e -> "<span class=\"effect " + e.name().toLowerCase(Locale.ROOT) + "\">"
                + switch (e) {
                    case ALLOW -> PageText.ALLOW.html();
                    case DENY -> PageText.DENY.html();
                    case CONDITION -> PageText.CONDITION.html();
                } + "</span>").orElse("");
    }

    private String cases(ScenarioRules scenario, int level) {
        StringBuilder html = new StringBuilder("<h" + level + ">" + PageText.CASEBOOK.html() + "</h" + level
                + ">\n<table class=\"cases\"><thead><tr><th scope=\"col\">" + PageText.CASE.html() + "</th><th scope=\"col\">"
                + PageText.EXPECTED.html() + "</th><th scope=\"col\">" + PageText.ACTUAL.html() + "</th></tr></thead><tbody>\n");
        for (CaseEntry entry : scenario.cases()) {
            html.append("<tr id=\"").append(caseId(scenario.scenario(), entry.name())).append("\" class=\"")
                    .append(entry.passed() ? "passes" : "fails").append("\"><td>").append(Html.esc(entry.name()));
            if (!entry.source().isEmpty()) {
                html.append("<br><small>").append(Html.esc(entry.source())).append("</small>");
            }
            if (caseLinks == CaseLinks.TRY) {
                html.append(" <a class=\"try-case\" href=\"#try?situation=").append(Html.esc(trySituation(scenario, entry)))
                        .append("\">").append(PageText.TRY_CASE.html()).append("</a>");
            }
            html.append("</td><td>").append(outcome(entry.expected())).append("</td><td>")
                    .append(entry.actual().map(RulebookHtml::outcome).orElse(PageText.UNREADABLE.html())).append(' ')
                    .append(entry.passed() ? "<span class=\"pass\">✓ " + PageText.PASSES.html() + "</span>"
                            : "<span class=\"fail\">✗ " + PageText.FAILS.html() + "</span>: "
                            + Html.esc(String.join("; ", entry.mismatches())))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    private static String caseId(String scenario, String caseName) {
        return "case-" + Html.id(scenario) + "-" + Html.id(caseName);
    }

    /** The situation of a case, encoded as the page's form reads it from the address. */
    private static String trySituation(ScenarioRules scenario, CaseEntry entry) {
        String json = "{\"scenario\":\"" + scenario.scenario() + "\",\"facts\":" + entry.factsJson() + "}";
        return URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String outcome(Outcome outcome) {
        return "<span class=\"outcome " + outcome.name().toLowerCase(Locale.ROOT) + "\">"
                + (outcome == Outcome.ALLOWED ? PageText.ALLOWED.html() : PageText.DENIED.html()) + "</span>";
    }
}

package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.rulebook.CaseEntry;
import org.workprivacy.rules.api.rulebook.RuleEntry;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.rulebook.ScenarioRules;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;

/** The HTML of the rulebook: what legal staff wrote is shown as text, never run as markup. */
class RulebookHtmlTest {
    private static final RuleEntry FIRED = new RuleEntry("Rule <b>one</b>", "code-one", "a/b.dslr", 3, true,
            List.of("there is a question", "- it is \"quoted\""), List.of("deny"), Optional.of(Effect.DENY),
            Map.of(Language.EN, "Not <allowed>.", Language.NL, "Niet & nooit."),
            List.of("GDPR art. 6(1)(f)", "ECtHR Barbulescu v. Romania [GC], no. 61496/08 (2017)", "Dutch Civil Code art. 7:611"),
            List.of("Case 1"));
    private static final RuleEntry UNFIRED = new RuleEntry("Rule two", "code-two", "a/b.dslr", 9, true,
            List.of("there is a question"), List.of("allow"), Optional.of(Effect.ALLOW), Map.of(Language.EN, "Fine."),
            List.of(), List.of());
    private static final CaseEntry CASE = new CaseEntry("Case 1", "a/b.casebook.yaml", "seed <1>", "{\"x\":true}",
            Outcome.DENIED, Optional.of(Outcome.DENIED), List.of(), List.of("Rule <b>one</b>"));
    private static final Rulebook RULEBOOK = new Rulebook("sha256:0123",
            List.of(new ScenarioRules("out-of-office", List.of(FIRED, UNFIRED), List.of(CASE))), List.of("x.yaml:1:1: <bad>"));

    @Test
    void textFromTheRulesIsEscaped() {
        String html = new RulebookHtml(RULEBOOK, RulebookHtml.CaseLinks.TRY).scenario(RULEBOOK.scenarios().get(0), 2)
                + new RulebookHtml(RULEBOOK, RulebookHtml.CaseLinks.TRY).problems();
        assertThat(html).doesNotContain("<b>one</b>", "<allowed>", "<bad>", "seed <1>")
                .contains("Rule &lt;b&gt;one&lt;/b&gt;", "Not &lt;allowed&gt;.", "Niet &amp; nooit.",
                        "it is &quot;quoted&quot;", "&lt;bad&gt;");
    }

    @Test
    void aRuleNoCaseFiresIsMarkedAndCounted() {
        RulebookHtml html = new RulebookHtml(RULEBOOK, RulebookHtml.CaseLinks.NONE);
        String section = html.scenario(RULEBOOK.scenarios().get(0), 2);
        assertThat(section).contains("<article class=\"rule uncovered\" id=\"rule-rule-two\"")
                .contains("<article class=\"rule\" id=\"rule-rule-b-one-b\"")
                .contains(PageText.NOT_COVERED.html())
                .doesNotContain("try-case");
        assertThat(html.contents(Map.of("out-of-office", "out-of-office.html")))
                .contains("2 " + PageText.RULES.html() + ", <span class=\"uncovered-count\">1 " + PageText.UNCOVERED.html());
    }

    @Test
    void gdprArticlesAndEcthrCasesAreLinkedOtherCitationsAreNot() {
        String section = new RulebookHtml(RULEBOOK, RulebookHtml.CaseLinks.TRY).scenario(RULEBOOK.scenarios().get(0), 2);
        assertThat(section).contains("<a href=\"https://gdpr-info.eu/art-6-gdpr/\" rel=\"noopener\">GDPR art. 6(1)(f)</a>")
                .contains("https://hudoc.echr.coe.int/eng#%7B%22appno%22%3A%5B%2261496%2F08%22%5D%7D")
                .contains("<li>Dutch Civil Code art. 7:611</li>");
    }

    @Test
    void messagesInBothLanguagesAndAMarkWhereOneIsMissing() {
        String section = new RulebookHtml(RULEBOOK, RulebookHtml.CaseLinks.TRY).scenario(RULEBOOK.scenarios().get(0), 2);
        assertThat(section).contains("<p class=\"message t-en\" lang=\"en\">Fine.</p><p class=\"message t-nl\" lang=\"nl\">"
                + PageText.NO_MESSAGE.html() + "</p>");
    }
}

package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.drools.casebook.CaseSpec;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.locate.RuleLocator;
import org.workprivacy.rules.schema.DutchDescriptions;

/**
 * The page for legal staff and the rulebook export, in headless Chromium: one service on a copy of the
 * bundled rules, watched as {@code serve --watch} does, and a handful of pages. What the pages must show is
 * read from the rule files and casebooks themselves, not from the page's own code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulebookBrowserTest {
    private static final RuleSetFiles BUNDLED = RuleSetFiles.fromClasspath();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Optional<String> MISSING = Browser.missing();

    @TempDir
    static Path rulesDir;
    @TempDir
    static Path siteDir;
    private static ServedRules rules;
    private static RulesWatcher watcher;
    private static RunningService service;
    private static ChromeDriver browser;
    private static final CompletableFuture<ReloadResult> firstReload = new CompletableFuture<>();

    @BeforeAll
    static void start() throws IOException {
        MISSING.ifPresent(System.err::println); // visible in the build log, not only in the test report
        if (MISSING.isPresent()) {
            return;
        }
        for (RuleFile file : BUNDLED.files()) {
            Path target = rulesDir.resolve(file.path());
            Files.createDirectories(target.getParent() == null ? rulesDir : target.getParent());
            Files.writeString(target, file.content());
        }
        rules = ServedRules.directory(rulesDir);
        rules.onReload(firstReload::complete);
        service = RunningService.start(rules);
        service.prepareRulebook(); // as serve does
        watcher = new RulesWatcher(rulesDir, rules, service.log::add, Duration.ofMillis(100));
        watcher.start();
        browser = Browser.start();
    }

    /** Each test is reported as skipped, with the reason, so the summary counts them. */
    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(MISSING.isEmpty(), MISSING.orElse(""));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void theRulebookListsEveryBundledRuleWithItsCode() throws IOException {
        open("/");
        List<WebElement> shown = browser.findElements(By.cssSelector("article.rule"));
        Set<String> names = shown.stream().map(r -> r.findElement(By.cssSelector(".rule-name")).getText())
                .collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrderElementsOf(RuleLocator.filesByRule(BUNDLED).keySet());
        assertThat(browser.findElement(By.id("rule-set-version")).getText()).isEqualTo(rules.version());
        Browser.screenshot(browser, "rulebook");

        WebElement search = browser.findElement(By.id("rule-search"));
        search.sendKeys("art. 9(1)");
        long visible = shown.stream().filter(WebElement::isDisplayed).count();
        assertThat(visible).isPositive().isLessThan(shown.size());
        search.clear();
        search.sendKeys(" ");
    }

    @Test
    @Order(2)
    void theFormDecidesACasebookCaseAsTheCasebookExpects() throws IOException {
        Casebook casebook = casebook("out-of-office");
        CaseSpec denied = casebook.cases().stream().filter(c -> c.expect().outcome().name().equals("DENIED"))
                .findFirst().orElseThrow();
        open("/#try");
        fill(casebook.scenario(), denied);
        browser.findElement(By.id("try-decide")).click();
        assertVerdict(denied);
        assertTheExplanationNamesTheRuleThatDecided(denied);
        browser.executeScript("document.getElementById('verdict').scrollIntoView()");
        Browser.screenshot(browser, "try");

        // The same situation opened from its link, as a colleague would.
        String link = browser.findElement(By.id("try-link")).getAttribute("href");
        assertThat(link).contains("#try?situation=");
        open("/");
        browser.get(link);
        assertVerdict(denied);
        assertThat(browser.findElement(By.id("try-curl")).getAttribute("textContent"))
                .startsWith("curl --json '{\"scenario\":\"out-of-office\"").contains("/v1/decisions");
    }

    @Test
    @Order(3)
    void switchedToDutchThePageAndTheAnswerAreDutch() throws IOException {
        Properties dutch = messages("nl");
        browser.findElement(By.cssSelector(".languages button[data-lang='nl']")).click();
        assertThat(browser.findElement(By.cssSelector("h1 .t-nl")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("h1 .t-en")).isDisplayed()).isFalse();
        WebElement rule = browser.findElements(By.cssSelector("article.rule")).get(0);
        String code = rule.getAttribute("data-code");
        assertThat(rule.findElement(By.cssSelector(".message.t-nl")).getText()).isEqualTo(dutch.getProperty(code));
        // The answer is asked for again in Dutch.
        new WebDriverWait(browser, WAIT).until(d -> {
            List<WebElement> messages = d.findElements(By.cssSelector("#verdict .message"));
            return !messages.isEmpty() && dutch.containsValue(messages.get(0).getText());
        });
        assertThat(browser.findElement(By.id("verdict-outcome")).getText()).isEqualTo("GEWEIGERD");
        // The form's texts come from the schema in Dutch; the explanation is asked for again in Dutch.
        WebElement description = browser.findElement(By.id("fact-fourEyes-description"));
        assertThat(description.getText())
                .isEqualTo(DutchDescriptions.bundled().text("out-of-office.fourEyes").orElseThrow());
        assertThat(description.getAttribute("lang")).isEqualTo("nl");
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.cssSelector("#explanation summary")).getText()
                .startsWith("Toelichting"));
        browser.executeScript("document.getElementById('scenario-out-of-office').scrollIntoView()");
        Browser.screenshot(browser, "dutch");
        browser.findElement(By.cssSelector(".languages button[data-lang='en']")).click();
    }

    @Test
    @Order(4)
    void aBrokenEditUnderWatchShowsTheLastGoodRulesAndANotice() throws Exception {
        String before = rules.version();
        Files.writeString(rulesDir.resolve("org/workprivacy/rules/outofoffice/broken-edit.drl"),
                "package org.workprivacy.rules.outofoffice;\n\nrule \"Broken\"\nwhen\n  OutOfOffice( action == \nthen\nend\n");
        ReloadResult reload = firstReload.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(reload.failed()).isTrue();
        open("/");
        WebElement notice = browser.findElement(By.id("stale-notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("broken-edit.drl");
        assertThat(browser.findElement(By.id("rule-set-version")).getText()).isEqualTo(before);
        assertThat(browser.findElements(By.cssSelector("article.rule")))
                .hasSize(RuleLocator.filesByRule(BUNDLED).size());
        Browser.screenshot(browser, "broken-edit");
    }

    @Test
    @Order(5)
    void theExportOpensFromFilesAndHoldsEveryRule() throws IOException {
        List<Path> written = RulebookSite.write(DecisionEngines.rulebook(DecisionEngines.bundled()), siteDir, "2026-11-26");
        browser.get(written.get(0).toUri().toString());
        assertThat(browser.findElement(By.id("rule-set-version")).getText())
                .isEqualTo(DecisionEngines.bundled().ruleSetVersion());
        assertThat(browser.findElement(By.tagName("time")).getText()).isEqualTo("2026-11-26");
        Browser.screenshot(browser, "export-index");
        List<String> pages = browser.findElements(By.cssSelector(".contents a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        Set<String> names = new HashSet<>();
        for (String page : pages) {
            assertThat(page).startsWith("file:");
            browser.get(page);
            browser.findElements(By.cssSelector("article.rule .rule-name")).forEach(n -> names.add(n.getText()));
            if (page.endsWith("out-of-office.html")) {
                Browser.screenshot(browser, "export-scenario");
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(RuleLocator.filesByRule(BUNDLED).keySet());
    }

    private static void open(String path) {
        browser.get(service.uri(path).toString());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.attributeToBe(By.id("try-form"), "data-ready", "true"));
    }

    private static void fill(String scenario, CaseSpec spec) {
        new Select(browser.findElement(By.id("try-scenario"))).selectByValue(scenario);
        spec.facts().properties().forEach(fact -> {
            String name = fact.getKey();
            if (fact.getValue().isBoolean()) {
                browser.findElement(By.id("fact-" + name + "-" + (fact.getValue().booleanValue() ? "yes" : "no"))).click();
            } else if (browser.findElement(By.id("fact-" + name)).getTagName().equals("select")) {
                new Select(browser.findElement(By.id("fact-" + name))).selectByValue(fact.getValue().asText());
            } else {
                browser.findElement(By.id("fact-" + name)).sendKeys(fact.getValue().asText());
            }
        });
    }

    /** The folded explanation, once opened, lists the rule that gave the verdict's first reason. */
    private static void assertTheExplanationNamesTheRuleThatDecided(CaseSpec spec) {
        String code = spec.expect().reasons().get(0);
        String ruleId = browser.findElements(By.cssSelector("#verdict li")).stream()
                .filter(li -> li.findElements(By.cssSelector(".reason-code")).stream().anyMatch(c -> c.getText().equals(code)))
                .findFirst().orElseThrow().findElement(By.cssSelector("a")).getText();
        WebElement explanation = browser.findElement(By.id("explanation"));
        assertThat(explanation.getAttribute("open")).as("folded until asked for").isNull();
        explanation.findElement(By.tagName("summary")).click();
        WebElement fired = new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#fired-rules .fired-rule[data-code='" + code + "']")));
        assertThat(fired.getText()).contains(ruleId);
        assertThat(browser.findElement(By.id("explanation-combination")).getText()).isNotBlank();
    }

    private static void assertVerdict(CaseSpec spec) {
        WebElement outcome = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("verdict-outcome")));
        assertThat(outcome.getAttribute("data-outcome")).isEqualTo(spec.expect().outcome().name());
        List<String> codes = browser.findElements(By.cssSelector("#verdict .reason-code")).stream()
                .map(WebElement::getText).toList();
        assertThat(codes).containsAll(spec.expect().reasons()).containsAll(spec.expect().conditions());
        assertThat(browser.findElement(By.id("verdict-combination")).getText()).isNotBlank();
    }

    private static Casebook casebook(String scenario) {
        return new CasebookReader().readAll(BUNDLED).stream().filter(c -> c.scenario().equals(scenario))
                .findFirst().orElseThrow();
    }

    private static Properties messages(String language) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(BUNDLED.files().stream()
                    .filter(f -> f.path().equals("messages_" + language + ".properties")).findFirst().orElseThrow().content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

}

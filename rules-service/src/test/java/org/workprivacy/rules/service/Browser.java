package org.workprivacy.rules.service;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests: the distribution's {@code chromium} and {@code chromedriver}
 * (Debian's {@code chromium} and {@code chromium-driver} packages), never one downloaded at run time.
 * Other paths can be given with {@code -Dworkprivacy.chromium=...} and {@code -Dworkprivacy.chromedriver=...}.
 */
final class Browser {
    /** Where screenshots of the pages go, for review (docs/web.md shows copies). */
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private Browser() {
    }

    /** Why the browser tests cannot run here, if they cannot: printed, then the tests are skipped. */
    static Optional<String> missing() {
        Optional<Path> chromium = chromium();
        Path driver = driver();
        if (chromium.isEmpty() || !Files.isExecutable(driver)) {
            return Optional.of("SKIPPED browser tests: " + (chromium.isEmpty() ? "no chromium" : "no " + driver)
                    + " on this machine; install the packages chromium and chromium-driver (.ci/run does so)");
        }
        return Optional.empty();
    }

    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().orElseThrow().toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=en-GB", "--disable-gpu", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver().toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    static void screenshot(ChromeDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<Path> chromium() {
        String given = System.getProperty("workprivacy.chromium");
        Stream<String> candidates = given != null ? Stream.of(given)
                : Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
        return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static Path driver() {
        return Path.of(System.getProperty("workprivacy.chromedriver", "/usr/bin/chromedriver"));
    }
}

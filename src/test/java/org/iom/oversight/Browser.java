package org.iom.oversight;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (ADR 0044), both given by path so that Selenium
 * Manager never looks for (or downloads) anything. A missing browser fails the test with what to install: CI installs
 * both (.ci/run), and a browser test that is skipped proves nothing. Every page visited is saved as a full-page
 * screenshot under {@code target/screenshots/} and checked by axe-core.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String CHROMIUM = env("IOM_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = env("IOM_CHROMEDRIVER", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Starts headless chromium for the service at {@code base} (the test's own port). */
    static Browser start(URL base) {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(binary).canExecute()) {
                fail(binary + " is missing: the pages' browser tests need Debian's chromium and chromedriver"
                        + " (apt-get install -y chromium chromium-driver; .ci/run installs them). They are not skipped.");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // --no-sandbox: CI runs as root, where chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base.toString().replaceAll("/$", ""));
    }

    /** Opens a path of the service, then screenshots and checks the page. */
    void visit(String path, String name) {
        driver.get(base + path);
        seen(name);
    }

    /** The page now shown: a full-page screenshot, and axe-core finds no serious or critical violation. */
    void seen(String name) {
        screenshot(name);
        Axe.check(driver, name + " (" + driver.getCurrentUrl() + ")");
    }

    void screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(8000, ((Number) size.get("height")).doubleValue());
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        write(name + ".png", Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The page printed to PDF on A4, as "print to PDF" gives it; saved beside the screenshots. Returns its pages. */
    int printA4(String name) {
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setBackground(true);
        Pdf pdf = driver.print(print);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        write(name + ".pdf", bytes);
        // The page tree's counts: the largest is the document's number of pages.
        Matcher m = Pattern.compile("/Count (\\d+)").matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (m.find()) {
            pages = Math.max(pages, Integer.parseInt(m.group(1)));
        }
        return pages;
    }

    /** Lays the page out as for printing (CSS {@code @media print}), or back for the screen. */
    void printMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Clicks and waits for the next page to load: the old document is marked before the click, and the wait ends when
     * a document without the mark has loaded. While the old document is torn down, the browser may answer any command
     * with an error (a stale element, or "node does not belong to the document"): the wait asks again.
     */
    void clickAndWait(WebElement element) {
        js("window.iomOldPage = true");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js("return window.iomOldPage === undefined"
                        + " && document.readyState === 'complete'")));
    }

    /** The browser's cookies for this site, to fetch what a link gives as the signed-in member. */
    Map<String, String> cookies() {
        Map<String, String> cookies = new HashMap<>();
        for (Cookie c : driver.manage().getCookies()) {
            cookies.put(c.getName(), c.getValue());
        }
        return cookies;
    }

    private static void write(String file, byte[] bytes) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(file), bytes);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    @Override
    public void close() {
        driver.quit();
    }
}

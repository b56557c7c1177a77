package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.clusterhub.shared.LiveFeed;
import org.clusterhub.shared.validation.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Real-browser sessions for ClusterHub: Debian's Chromium and chromedriver, named explicitly so that Selenium
 * Manager never downloads anything, each session with its own fresh profile, English as the browser language (so
 * that the zh-CN default is seen to come from ClusterHub, not from the browser). Helpers speak Vaadin: wait until
 * every Flow client is idle, read the visible text across shadow roots, fill text fields, choose in selects and
 * combo boxes, and save screenshots to {@code app/target/screenshots/<test>-<step>.png}.
 */
final class BrowserSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String HOW_TO_INSTALL = "Chromium not installed: run `bash .ci/run` or "
            + "`apt-get install -y chromium chromium-driver fonts-wqy-microhei`";
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String DEMO_PASSWORD = "demo1234";

    /** Every Flow client on the page has answered its last request (no round trip in flight). */
    private static final String VAADIN_IDLE = "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))"
            + " && document.readyState === 'complete';";

    /**
     * The text a person sees: text nodes whose element is rendered (flat tree, so shadow DOM counts and unassigned
     * light DOM does not), one per line; style, script and template contents are left out.
     */
    private static final String VISIBLE_TEXT = """
            const root = arguments[0] || document.body;
            const out = [];
            const walk = node => {
              if (node.nodeType === 3) {
                const parent = node.parentElement || (node.parentNode && node.parentNode.host);
                const text = node.textContent.trim();
                if (text && parent && parent.checkVisibility({visibilityProperty: true, opacityProperty: true})) {
                  out.push(text);
                }
                return;
              }
              if (node.nodeType === 1 && ['style', 'script', 'template'].includes(node.localName)) {
                return;
              }
              if (node.shadowRoot) {
                walk(node.shadowRoot);
              }
              for (const child of node.childNodes) {
                walk(child);
              }
            };
            walk(root);
            return out.join('\\n');
            """;

    private BrowserSupport() {
    }

    /** Skips the calling test, saying how to install, unless Debian's Chromium and chromedriver are there. */
    static void assumeChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), HOW_TO_INSTALL);
    }

    /** Starts a headless Chromium with a fresh profile; {@code name} names its screenshots. */
    static Browser open(String testName, String baseUrl) {
        assumeChromium();
        return new Browser(testName, baseUrl);
    }

    static Path screenshotDir() {
        return Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    }

    /** One browser session: driver, its chromedriver process and its throw-away profile folder. */
    static final class Browser implements AutoCloseable {

        final String testName;
        final String baseUrl;
        final ChromeDriver driver;
        private final ChromeDriverService service;
        private final Path profile;

        private Browser(String testName, String baseUrl) {
            this.testName = testName;
            this.baseUrl = baseUrl.replaceAll("/+$", "");
            try {
                profile = Files.createTempDirectory("clusterhub-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
                    "--user-data-dir=" + profile.toAbsolutePath());
            // Also the Accept-Language header: --lang alone does not always reach it in headless mode.
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver started;
            try {
                started = new ChromeDriver(service, options);
            } catch (WebDriverException e) {
                service.stop();
                deleteProfile();
                throw e;
            }
            driver = started;
            driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
        }

        /** Opens {@code path} (relative to the node) and waits until Vaadin is idle. */
        Browser go(String path) {
            driver.get(baseUrl + (path.startsWith("/") ? path : "/" + path));
            waitForVaadin();
            return this;
        }

        /** The current address relative to the node, with its query string (e.g. {@code /login?error}). */
        String path() {
            String url = driver.getCurrentUrl();
            return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
        }

        /** The current address relative to the node, without query string. */
        String route() {
            return path().replaceFirst("[?#].*$", "");
        }

        /** Signs in with the demo password and lands on the start page (the cluster directory). */
        Browser signIn(String username) {
            return signIn(username, "/");
        }

        /**
         * Opens {@code path}, which sends an anonymous visitor to the login form, signs in with the demo password and
         * lands back on {@code path}. Right after a node's first start the accounts' read model may still be filling,
         * so a refusal is retried until the timeout (use {@link #submitLogin} to test a refusal).
         */
        Browser signIn(String username, String path) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                go(path);
                waitUntil("the login page", () -> path().startsWith("/login"));
                submitLogin(username, DEMO_PASSWORD);
                waitUntil("leave the login page as " + username,
                        () -> !path().startsWith("/login") || path().contains("error"));
                if (!path().startsWith("/login")) {
                    waitForVaadin();
                    return this;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("sign-in as " + username + " was refused until the timeout");
                }
            }
        }

        /** Types user and password into Vaadin's login form and submits it with Enter. */
        void submitLogin(String username, String password) {
            waitUntil("the login form", () -> !driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
            WebElement user = waitFor(By.cssSelector("#vaadinLoginUsername input"));
            WebElement pass = waitFor(By.cssSelector("#vaadinLoginPassword input"));
            user.clear();
            user.sendKeys(username);
            pass.clear();
            pass.sendKeys(password, Keys.ENTER);
        }

        /** Waits until every Vaadin Flow client on the page has no request in flight. */
        void waitForVaadin() {
            waitUntil("Vaadin to be idle", () -> Boolean.TRUE.equals(js(VAADIN_IDLE)));
        }

        /** Polls {@code condition} every 20 ms until it holds; fails naming {@code what} after the timeout. */
        void waitUntil(String what, Supplier<Boolean> condition) {
            waitUntil(what, TIMEOUT, condition);
        }

        void waitUntil(String what, Duration timeout, Supplier<Boolean> condition) {
            try {
                new FluentWait<>(driver).withTimeout(timeout).pollingEvery(Duration.ofMillis(20))
                        .ignoring(WebDriverException.class)
                        .withMessage(() -> "waiting for " + what + " in " + testName + " at " + path())
                        .until(d -> condition.get());
            } catch (TimeoutException e) {
                screenshot("timeout");
                throw e;
            }
        }

        WebElement waitFor(By by) {
            waitUntil(by.toString(), () -> !driver.findElements(by).isEmpty() && driver.findElement(by).isDisplayed());
            return driver.findElement(by);
        }

        Object js(String script, Object... args) {
            return ((JavascriptExecutor) driver).executeScript(script, args);
        }

        /** The visible text of the whole page, across shadow roots, one text node per line. */
        String visibleText() {
            return (String) js(VISIBLE_TEXT, (Object) null);
        }

        /** The visible text inside the element with this id (and its shadow tree). */
        String visibleText(String id) {
            List<WebElement> found = driver.findElements(By.id(id));
            return found.isEmpty() ? "" : (String) js(VISIBLE_TEXT, found.get(0));
        }

        /** Waits until the page shows {@code text} somewhere. */
        void waitForText(String text) {
            waitUntil("the text \"" + text + "\"", () -> visibleText().contains(text));
        }

        /** The texts of a grid's rendered cells (Vaadin renders cell contents as light DOM of the grid). */
        @SuppressWarnings("unchecked")
        List<String> gridCells(String gridId) {
            return (List<String>) js("const g = document.getElementById(arguments[0]);"
                    + "return g ? [...g.querySelectorAll('vaadin-grid-cell-content')].map(c => c.textContent.trim())"
                    + " : [];", gridId);
        }

        /** The number of items a (lazy) grid says it has. */
        long gridSize(String gridId) {
            Object size = js("const g = document.getElementById(arguments[0]); return g ? g.size : -1;", gridId);
            return size == null ? -1 : ((Number) size).longValue();
        }

        /** Replaces the value of a vaadin-text-field by typing into its slotted input, then leaves the field. */
        void type(String fieldId, String text) {
            WebElement input = waitFor(By.id(fieldId)).findElement(By.tagName("input"));
            input.clear();
            input.sendKeys(text, Keys.TAB);
        }

        /** Opens a vaadin-select and clicks the item labelled {@code label} in its overlay. */
        void choose(String selectId, String label) {
            WebElement select = waitFor(By.id(selectId));
            select.click();
            By item = By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)='" + label + "']");
            waitUntil("item \"" + label + "\" of " + selectId, () -> !driver.findElements(item).isEmpty()
                    && driver.findElement(item).isDisplayed());
            driver.findElement(item).click();
            waitUntil(selectId + " to close", () -> driver.findElements(
                    By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
            waitForVaadin();
        }

        /** Types into a vaadin-combo-box's input to filter, then clicks the item labelled {@code label}. */
        void chooseInComboBox(String comboId, String label) {
            WebElement input = waitFor(By.id(comboId)).findElement(By.tagName("input"));
            input.clear();
            input.sendKeys(label);
            By item = By.xpath("//vaadin-combo-box-overlay[@opened]//vaadin-combo-box-item[normalize-space(.)='"
                    + label + "']");
            waitUntil("combo box item \"" + label + "\" of " + comboId, () -> !driver.findElements(item).isEmpty());
            driver.findElement(item).click();
            waitForVaadin();
        }

        /** Saves a PNG of the window to {@code target/screenshots/<test>-<step>.png}; answers the file. */
        Path screenshot(String step) {
            try {
                // Lumo fades the loading bar out after each round trip: let it go, so that it is not in the picture.
                new FluentWait<>(driver).withTimeout(Duration.ofSeconds(2)).pollingEvery(Duration.ofMillis(50))
                        .ignoring(WebDriverException.class)
                        .until(d -> Boolean.TRUE.equals(js("const i = document.querySelector('.v-loading-indicator');"
                                + "return !i || getComputedStyle(i).opacity === '0';")));
            } catch (TimeoutException e) {
                // a picture with the bar is still a picture
            }
            try {
                Path dir = screenshotDir();
                Files.createDirectories(dir);
                Path file = dir.resolve(testName + "-" + step + ".png");
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
                return file;
            } catch (IOException | WebDriverException e) {
                System.err.println("screenshot " + testName + "-" + step + " failed: " + e);
                return null;
            }
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } catch (WebDriverException e) {
                System.err.println("closing the browser of " + testName + ": " + e);
            } finally {
                service.stop();
                deleteProfile();
            }
        }

        private void deleteProfile() {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }

    /**
     * The live-update scenario shared by the one-node and the two-node tests: A (a city coordinator) and B (promotion
     * staff of the cluster) look at the same cluster's members; A adds an organization of A's city; the time from A's
     * click on save until B's member grid shows it is measured by polling B's DOM every 20 ms, without reloading.
     */
    static final class LiveMemberScenario {

        static final String STEP_AFTER = "after-change";

        final Browser a;
        Browser b;
        final String clusterId;
        final String clusterNameZh;
        final String cityZh;
        final String memberName;
        final String creditCode;
        private LiveFeed bNodeFeed;
        private final long begin = System.nanoTime();

        LiveMemberScenario(Browser a, String clusterId, String clusterNameZh, String cityZh, String cityDivision) {
            this.a = a;
            this.clusterId = clusterId;
            this.clusterNameZh = clusterNameZh;
            this.cityZh = cityZh;
            Random random = new Random();
            this.memberName = cityZh.replace("市", "") + "测试装备有限公司" + (1000 + random.nextInt(9000));
            this.creditCode = creditCode(cityDivision, random);
        }

        /** A signs in straight to the cluster's Members tab. */
        LiveMemberScenario openForA(String usernameA) {
            openMembersTab(a, usernameA);
            step("A signed in and on the members tab");
            return this;
        }

        /**
         * The rest of the scenario with its assertions, from B signing in; answers the measured latency.
         * {@code actorName} and {@code organization} are A's display name and organization as the notice and the
         * history must show them.
         */
        long run(Browser browserB, String usernameB, String actorName, String organization, Duration limit) {
            this.b = browserB;
            openMembersTab(b, usernameB);
            step("B signed in and on the members tab");
            int membersBefore = (int) b.gridSize("member-grid");
            fillForm();
            step("A filled the form");
            assertThat(fixedCity()).isEqualTo("readonly:" + cityZh);
            assertThat(bShowsMember()).isFalse();
            a.screenshot("form");

            long latency = saveAndMeasure(limit);
            step("B shows the new member");

            // B: the new row, the count, and a notice naming who changed what.
            b.waitUntil("the member count", () -> b.visibleText("member-count").contains("(" + (membersBefore + 1) + ")"));
            b.waitUntil("the live notice", () -> notices(b).stream().anyMatch(n -> n.contains(actorName)));
            String notice = notices(b).stream().filter(n -> n.contains(actorName)).findFirst().orElseThrow();
            System.out.println("B's live notice: " + notice + " [" + liveNoticeMarkers(b) + "]");
            // A: its own change, shown without a "someone else changed" notice.
            a.waitUntil("A's grid", this::aShowsMember);
            a.waitForVaadin();
            b.screenshot(STEP_AFTER);
            a.screenshot(STEP_AFTER);
            assertThat(notice).contains(actorName, organization, "添加成员单位");
            assertThat(notices(a)).noneMatch(n -> n.contains(actorName));
            assertThat(b.gridCells("member-grid")).contains(memberName, "企业", cityZh, "配套", creditCode);

            // B's History tab: the event, by A, for A's organization and city.
            b.waitFor(By.id("tab-history")).click();
            b.waitFor(By.id("history-grid"));
            b.js("const g = document.getElementById('history-grid'); g.scrollToIndex(g.size - 1);");
            b.waitUntil("the event in B's history", () -> b.gridCells("history-grid").stream()
                    .anyMatch(cell -> cell.contains(memberName)));
            b.waitForVaadin();
            List<String> history = b.gridCells("history-grid");
            assertThat(history).contains("添加成员单位", organization, cityZh)
                    .anyMatch(cell -> cell.startsWith(actorName))
                    .anyMatch(cell -> cell.contains(memberName) && cell.contains(creditCode));
            b.screenshot("history");
            step("B's history checked");
            assertThat(latency).as("ms from A's click on save until B's grid showed the new organization")
                    .isLessThanOrEqualTo(limit.toMillis());
            return latency;
        }

        private void step(String what) {
            System.out.printf("[%s] %5d ms: %s%n", a.testName, Duration.ofNanos(System.nanoTime() - begin).toMillis(),
                    what);
        }

        boolean aShowsMember() {
            return a.gridCells("member-grid").stream().anyMatch(text -> text.equals(memberName));
        }

        /** Signs in straight to the cluster's page, and opens its Members tab. */
        void openMembersTab(Browser browser, String username) {
            browser.signIn(username, "/clusters/" + clusterId);
            browser.waitUntil("the cluster title", () -> browser.visibleText("cluster-title").contains(clusterNameZh));
            browser.waitFor(By.id("tab-members")).click();
            browser.waitFor(By.id("member-grid"));
            browser.waitForVaadin();
        }

        /** A fills the add-member dialog (city fixed to A's city) up to, not including, the click on save. */
        void fillForm() {
            a.waitFor(By.id("add-member")).click();
            a.waitFor(By.id("member-form"));
            a.type("member-name", memberName);
            a.choose("member-kind", "企业");
            a.choose("member-chain-position", "配套");
            a.type("member-credit-code", creditCode);
            a.waitForVaadin();
        }

        /** The city combo box of a coordinator's form: A's city, read-only. */
        String fixedCity() {
            return (String) a.js("const c = document.getElementById('member-city');"
                    + "return (c.readonly ? 'readonly:' : 'editable:') + c.querySelector('input').value;");
        }

        boolean bShowsMember() {
            return b.gridCells("member-grid").stream().anyMatch(text -> text.equals(memberName));
        }

        /**
         * Observes B's node's live feed while measuring, to tell how the latency divides: until B's node has the
         * event, and from there until B's screen shows it.
         */
        LiveMemberScenario observing(LiveFeed bNodeFeed) {
            this.bNodeFeed = bNodeFeed;
            return this;
        }

        /** Clicks save in A and answers the milliseconds until B's grid shows the new organization. */
        long saveAndMeasure(Duration limit) {
            WebElement save = a.waitFor(By.id("member-save"));
            AtomicLong arrived = new AtomicLong();
            AtomicReference<Instant> created = new AtomicReference<>();
            LiveFeed.Subscription probe = bNodeFeed == null ? null
                    : bNodeFeed.subscribe(clusterId, event -> {
                        if (arrived.compareAndSet(0, System.nanoTime())) {
                            created.set(event.timestamp());
                        }
                    });
            Instant clicked = Instant.now();
            long start = System.nanoTime();
            save.click();
            try {
                long latency = pollUntilBShowsMember(start, limit);
                if (probe != null && arrived.get() != 0) {
                    System.out.printf("Latency of %s: event created %d ms after the click, at B's node after %d ms,"
                                    + " on B's screen after %d ms%n", b.testName,
                            Duration.between(clicked, created.get()).toMillis(),
                            Duration.ofNanos(arrived.get() - start).toMillis(), latency);
                }
                return latency;
            } finally {
                if (probe != null) {
                    probe.close();
                }
            }
        }

        private long pollUntilBShowsMember(long start, Duration limit) {
            long deadline = start + limit.toNanos() + Duration.ofSeconds(10).toNanos();
            while (!bShowsMember()) {
                if (System.nanoTime() > deadline) {
                    a.screenshot("save-timeout");
                    b.screenshot("save-timeout");
                    throw new AssertionError("B never showed " + memberName + " (A shows: "
                            + a.visibleText().replace('\n', ' ') + ")");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return Duration.ofNanos(System.nanoTime() - start).toMillis();
        }

        /** The texts of the notification cards B shows (Vaadin renders them in an overlay container). */
        @SuppressWarnings("unchecked")
        List<String> notices(Browser browser) {
            return (List<String>) browser.js("return [...document.querySelectorAll('vaadin-notification-card')]"
                    + ".map(c => c.innerText.trim());");
        }

        /** Whether the live notice is reachable by its id / class name, as the view sets them. */
        String liveNoticeMarkers(Browser browser) {
            return (String) browser.js("const byId = document.getElementById('live-notice');"
                    + "const byClass = document.querySelectorAll('.live-notice').length;"
                    + "return 'id:' + (byId ? byId.localName : 'none') + ' class:' + byClass;");
        }
    }

    /** A valid unified social credit code for an organization in a city (GB 32100-2015 check character). */
    static String creditCode(String divisionCode, Random random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first17 = new StringBuilder("91").append(divisionCode);
        while (first17.length() < 17) {
            first17.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return first17.toString()
                + UnifiedSocialCreditCode.checkCharacter(first17.toString());
    }
}

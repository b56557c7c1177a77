package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.browser.BrowserSupport.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium whose language is English: ClusterHub still speaks Chinese first, refuses a wrong password in
 * Chinese, lists the plan's clusters, and switches to English and back on request, remembering the choice.
 */
@IntegrationTest
class SignInAndLanguageTest {

    static final String RAIL_ZH = "青岛轨道交通装备产业集群";
    static final String RAIL_EN = "Qingdao Rail Transit Equipment Industry Cluster";

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    static void chromium() {
        BrowserSupport.assumeChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void loginPageIsChineseForAnEnglishBrowserAndRefusesAWrongPasswordInChinese() {
        browser = BrowserSupport.open("signin", "http://localhost:" + port);
        assertThat((String) browser.js("return navigator.language;")).startsWith("en");

        browser.go("/");
        browser.waitUntil("the redirect to the login page", () -> browser.path().startsWith("/login"));
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.waitForText("用户名");
        String page = browser.visibleText();
        assertThat(page).contains("山东省先进制造业集群协同平台", "登录", "用户名", "密码")
                .doesNotContain("Log in", "Username", "Sign in");
        assertNoMissingTranslations(page);
        assertThat(browser.visibleText("language-switch")).contains("简体中文");
        browser.screenshot("login-zh");

        browser.submitLogin("supervisor", "wrong-password");
        browser.waitUntil("the refusal", () -> browser.path().contains("error"));
        browser.waitForText("用户名或密码不正确");
        assertThat(browser.visibleText()).contains("请检查用户名和密码后重试。").doesNotContain("Incorrect username");
        browser.screenshot("login-error-zh");
    }

    @Test
    void supervisorSeesThePlanInChineseAndSwitchesToEnglishAndBack() {
        browser = BrowserSupport.open("language", "http://localhost:" + port);
        browser.signIn("supervisor");
        assertThat(browser.route()).isIn("/", "/clusters");

        // The directory: the plan's 20 clusters (other tests may register more in the shared context), in Chinese.
        browser.waitUntil("the 20 plan clusters", () -> browser.gridSize("cluster-grid") >= 20
                && browser.gridCells("cluster-grid").contains(RAIL_ZH));
        long size = browser.gridSize("cluster-grid");
        browser.waitForText("共 " + size + " 个集群");
        String zh = browser.visibleText();
        assertThat(zh).contains("先进制造业集群", "省工信厅 督导员", "退出登录");
        assertThat(browser.gridCells("cluster-grid")).contains("青岛市", "国家级").doesNotContain(RAIL_EN);
        assertNoMissingTranslations(zh);
        browser.screenshot("directory-zh");

        // English on request: labels and cluster names, and the choice survives a reload.
        browser.choose("language-switch", "English");
        browser.waitUntil("English labels", () -> browser.visibleText().contains("Advanced manufacturing clusters")
                && browser.gridCells("cluster-grid").contains(RAIL_EN));
        browser.waitForVaadin();
        String en = browser.visibleText();
        assertThat(en).contains("Sign out", "Provincial supervisor", size + " clusters").doesNotContain("退出登录");
        assertThat(browser.gridCells("cluster-grid")).contains("Qingdao", "National").doesNotContain(RAIL_ZH);
        assertNoMissingTranslations(en);
        Cookie remembered = browser.driver.manage().getCookieNamed("clusterhub-lang");
        assertThat(remembered).isNotNull();
        assertThat(remembered.getValue()).isEqualTo("en");
        browser.screenshot("directory-en");

        browser.driver.navigate().refresh();
        browser.waitForVaadin();
        browser.waitUntil("English after a reload", () -> browser.gridCells("cluster-grid").contains(RAIL_EN));
        assertThat(browser.visibleText()).contains("Advanced manufacturing clusters", "Sign out");

        // A filter in English: the city combo box.
        browser.chooseInComboBox("cluster-city-filter", "Weifang");
        browser.waitUntil("the Weifang clusters", () -> browser.gridSize("cluster-grid") < size
                && browser.gridSize("cluster-grid") > 0);
        assertThat(browser.gridCells("cluster-grid"))
                .contains("Smart Agricultural Machinery and Equipment Industry Cluster").doesNotContain(RAIL_EN);
        browser.screenshot("directory-en-weifang");

        // And back to Chinese.
        browser.choose("language-switch", "简体中文");
        browser.waitUntil("Chinese labels", () -> browser.visibleText().contains("退出登录")
                && browser.gridCells("cluster-grid").contains(RAIL_ZH));
        assertThat(browser.driver.manage().getCookieNamed("clusterhub-lang").getValue()).isEqualTo("zh");
        assertThat(browser.visibleText()).doesNotContain("Sign out");
        browser.screenshot("directory-zh-again");
    }

    /** Untranslated keys show as {@code !some.key} (see MessageSourceI18NProvider). */
    static void assertNoMissingTranslations(String visibleText) {
        assertThat(visibleText.lines().filter(line -> line.matches(".*![a-zA-Z]+\\.[\\w.]+.*")))
                .as("untranslated keys on the page").isEmpty();
    }
}

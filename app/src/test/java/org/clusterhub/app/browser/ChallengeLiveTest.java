package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.browser.BrowserSupport.Browser;
import org.clusterhub.app.challenge.ChallengeHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two browsers on one challenge: 山东产业技术研究院 bids through the page while the poster (staff07) looks at it; the
 * poster's bid count rises without a reload, with a notice, but the bid's content stays sealed on the poster's page
 * before the deadline. Then 山东大学 bids over the API: the institute's page counts it live and never shows it.
 */
@IntegrationTest
class ChallengeLiveTest {

    static final String SECRET = "山东大学的密封方案：双闭环热位移补偿";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private Browser poster;
    private Browser bidder;

    @BeforeAll
    static void chromium() {
        BrowserSupport.assumeChromium();
    }

    @AfterEach
    void closeBrowsers() {
        if (poster != null) {
            poster.close();
        }
        if (bidder != null) {
            bidder.close();
        }
    }

    @Test
    void bidCountsFollowLiveAndContentsStaySealed() {
        ChallengeHttp http = new ChallengeHttp(port, context);
        String id = http.postChallenge("浏览器实时揭榜测试榜单");
        String url = "http://localhost:" + port;
        String page = "/challenges/" + id;
        poster = BrowserSupport.open("challenge-live-poster", url).signIn(ChallengeHttp.POSTER, page);
        bidder = BrowserSupport.open("challenge-live-bidder", url).signIn(ChallengeHttp.SDIIT, page);
        poster.waitUntil("no bids yet", () -> poster.visibleText("challenge-bid-count").trim().endsWith("0"));

        bidder.driver.findElement(By.id("action-submit-bid")).click();
        bidder.waitFor(By.cssSelector("#bid-approach textarea")).sendKeys("研究院在浏览器里提交的磁悬浮主轴方案。");
        bidder.driver.findElement(By.cssSelector("#bid-team textarea")).sendKeys("研究院团队 12 人");
        bidder.driver.findElement(By.cssSelector("#bid-schedule textarea")).sendKeys("24 个月");
        bidder.driver.findElement(By.cssSelector("#bid-price input")).sendKeys("700");
        bidder.driver.findElement(By.id("bid-dialog-confirm")).click();
        bidder.waitUntil("the bidder's own count", () -> bidder.visibleText("challenge-bid-count").trim()
                .endsWith("1"));

        long clicked = System.nanoTime();
        poster.waitUntil("the poster's count to rise live", () -> poster.visibleText("challenge-bid-count").trim()
                .endsWith("1"));
        System.out.printf("CHALLENGE LIVE: bid count reached the poster's page %d ms after the bid was stored%n",
                (System.nanoTime() - clicked) / 1_000_000);
        poster.waitUntil("a live notice", () -> !poster.driver.findElements(By.id("live-notice")).isEmpty());
        poster.screenshot("after-bid");
        poster.driver.findElement(By.id("tab-bids")).click();
        poster.waitForVaadin();
        assertThat(poster.visibleText()).as("sealed until the deadline, even for the poster")
                .doesNotContain("研究院在浏览器里提交的磁悬浮主轴方案");

        http.submitBid(ChallengeHttp.SDU, id, SECRET, "650");
        bidder.waitUntil("the institute's count to rise live", () -> bidder.visibleText("challenge-bid-count").trim()
                .endsWith("2"));
        bidder.driver.findElement(By.id("tab-bids")).click();
        bidder.waitForVaadin();
        bidder.screenshot("bids-tab");
        assertThat(bidder.visibleText()).contains("研究院在浏览器里提交的磁悬浮主轴方案").doesNotContain(SECRET);
        bidder.driver.findElement(By.id("tab-history")).click();
        bidder.waitForVaadin();
        assertThat(String.join(" ", bidder.gridCells("history-grid"))).contains("山东大学").doesNotContain(SECRET);
    }
}

package org.clusterhub.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.browser.BrowserSupport.Browser;
import org.clusterhub.app.browser.BrowserSupport.LiveMemberScenario;
import org.clusterhub.cluster.api.ClusterId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.clusterhub.shared.LiveFeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people, two browsers, one node: the Weifang city coordinator adds a Weifang organization to the smart
 * agricultural machinery cluster while its promotion staff look at the same members; the staff see it within a
 * second, without reloading, with a notice naming who did it, and in the History tab.
 */
@IntegrationTest
class LiveUpdateOneNodeTest {

    static final Duration LIMIT = Duration.ofMillis(1000);
    static final String CLUSTER = ClusterId.forPlanCode("smart-agricultural-machinery").toString();

    @LocalServerPort
    int port;
    @Autowired
    LiveFeed liveFeed;

    private Browser a;
    private Browser b;

    @BeforeAll
    static void chromium() {
        BrowserSupport.assumeChromium();
    }

    @AfterEach
    void closeBrowsers() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void memberAddedByTheCoordinatorAppearsLiveForThePromotionStaff() {
        String url = "http://localhost:" + port;
        a = BrowserSupport.open("live-1node-A", url);
        b = BrowserSupport.open("live-1node-B", url);
        LiveMemberScenario scenario = new LiveMemberScenario(a, CLUSTER, "智慧农机装备产业集群", "潍坊市", "370700")
                .observing(liveFeed)
                .openForA("coord-weifang");
        long latency = scenario.run(b, "staff06", "潍坊市 协调员", "潍坊市工业和信息化局", LIMIT);
        System.out.printf("LIVE UPDATE one node: %d ms from A's save click to B's member grid (limit %d ms)%n",
                latency, LIMIT.toMillis());
    }
}

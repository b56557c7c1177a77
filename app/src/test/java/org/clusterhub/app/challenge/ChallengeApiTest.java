package org.clusterhub.app.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.challenge.ChallengeHttp.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clusterhub.app.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A challenge over the REST API against the real stores, from posting through sealed bidding, the deadline (fired by
 * db-scheduler), evaluation with a conflict of interest, the choice and its publication, to delivery, acceptance
 * and a first-of-a-kind result on the cluster's page; and the refusals on the way, as RFC 9457 problems.
 */
@IntegrationTest
class ChallengeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void aChallengeFromPostingToAFirstOfAKindResult() throws Exception {
        ChallengeHttp http = new ChallengeHttp(port, context);
        String id = http.postChallenge("高精度电主轴国产化攻关");

        JsonNode page = http.get(SDU, "/api/challenges?clusterId=" + CNC_CLUSTER + "&area=BASIC_COMPONENTS"
                + "&text=电主轴").ok();
        assertThat(page.path("items").findValuesAsText("challengeId")).contains(id);
        assertThat(http.get(SDU, "/api/challenges?area=BASIC_SOFTWARE&text=电主轴国产化").ok()
                .path("items").findValuesAsText("challengeId")).doesNotContain(id);
        JsonNode asBidder = http.view(SDU, id);
        assertThat(asBidder.path("evaluators")).as("bidders do not learn whom to approach").isEmpty();
        assertThat(asBidder.path("myRole").asText()).isEqualTo("MEMBER");
        assertThat(http.view(POSTER, id).path("evaluators")).hasSize(3);

        String sduBid = http.submitBid(SDU, id, "采用陶瓷球轴承与油气润滑，闭环热误差补偿。", "760");
        String sdiitBid = http.submitBid(SDIIT, id, "磁悬浮轴承路线，主轴单元模块化设计。", "720");
        assertThat(http.view(POSTER, id).path("bidCount").asInt()).isEqualTo(2);
        assertThat(http.view(POSTER, id).path("bids")).as("the poster reads no bid before the deadline").isEmpty();
        assertThat(http.view("expert02", id).path("bids")).as("nor does an evaluator").isEmpty();
        assertThat(http.put(SDIIT, "/api/challenges/" + id + "/bids/" + sduBid, bid("把别人的揭榜方案内容改掉", "1")).status())
                .isEqualTo(403);
        http.put(SDU, "/api/challenges/" + id + "/bids/" + sduBid, bid("采用陶瓷球轴承与油气润滑，闭环热误差补偿（修订）。",
                "740")).ok();
        assertThat(http.post(SDU, "/api/challenges/" + id + "/bids", bid("第二份方案内容不应被接受", "1")).json()
                .path("code").asText()).isEqualTo("challenge.error.alreadyBid");

        http.closeBidding(id);
        JsonNode closed = http.view(POSTER, id);
        assertThat(closed.path("status").asText()).isEqualTo("EVALUATION");
        assertThat(closed.path("bids").findValuesAsText("bidId")).containsExactlyInAnyOrder(sduBid, sdiitBid);
        assertThat(closed.path("scoresExpected").asInt()).as("expert01 is excluded from 山东大学's bid").isEqualTo(5);
        assertThat(http.view("expert01", id).path("bids").findValuesAsText("bidId")).containsExactly(sdiitBid);
        assertThat(http.post(SDU, "/api/challenges/" + id + "/bids/" + sduBid, null).status()).isIn(403, 404, 405);

        ChallengeHttp.Response conflicted = http.post("expert01", "/api/challenges/" + id + "/bids/" + sduBid
                + "/scores", scores(99, 99, 99, 99, null));
        assertThat(conflicted.status()).isEqualTo(409);
        assertThat(conflicted.json().path("code").asText()).isEqualTo("challenge.error.conflictOfInterest");
        assertThat(conflicted.json().path("detail").asText()).contains("山东大学").contains("回避");
        assertThat(http.post("expert09", "/api/challenges/" + id + "/bids/" + sdiitBid + "/scores",
                scores(50, 50, 50, 50, null)).status()).as("not a named evaluator").isEqualTo(403);

        http.post("expert01", "/api/challenges/" + id + "/bids/" + sdiitBid + "/scores", scores(90, 90, 90, 90, "好"))
                .ok();
        for (String expert : List.of("expert02", "expert03")) {
            http.post(expert, "/api/challenges/" + id + "/bids/" + sdiitBid + "/scores", scores(90, 90, 90, 90, null))
                    .ok();
            http.post(expert, "/api/challenges/" + id + "/bids/" + sduBid + "/scores", scores(80, 70, 80, 80, null))
                    .ok();
        }
        JsonNode evaluated = http.view(POSTER, id);
        assertThat(evaluated.path("scoresRecorded").asInt()).isEqualTo(5);
        assertThat(evaluated.path("ranking").findValuesAsText("bidId")).containsExactly(sdiitBid, sduBid);
        assertThat(evaluated.path("ranking").get(1).path("score").decimalValue()).isEqualByComparingTo("77.50");
        assertThat(http.view(SDU, id).path("ranking")).as("bidders see the ranking only when published").isEmpty();

        assertThat(http.post(POSTER, "/api/challenges/" + id + "/winner", Map.of("bidId", sduBid)).json()
                .path("code").asText()).isEqualTo("challenge.error.reasonRequired");
        http.post(POSTER, "/api/challenges/" + id + "/winner", Map.of("bidId", sduBid, "reason", "报价更低且有量产经验"))
                .ok();
        http.post(POSTER, "/api/challenges/" + id + "/decision", null).ok();
        JsonNode published = http.view(WEICHAI, id);
        assertThat(published.path("status").asText()).isEqualTo("DELIVERY");
        assertThat(published.path("decision").path("winnerOrganization").asText()).isEqualTo("山东大学");
        assertThat(published.path("decision").path("reason").asText()).isEqualTo("报价更低且有量产经验");
        assertThat(published.path("ranking")).hasSize(2);
        assertThat(published.path("bids")).as("published or not, contents stay with those allowed").isEmpty();

        String milestone = http.post(SDU, "/api/challenges/" + id + "/milestones",
                Map.of("title", "样机试制", "dueDate", LocalDate.now().plusMonths(6).toString())).ok().path("id")
                .asText();
        assertThat(http.post(POSTER, "/api/challenges/" + id + "/milestones/" + milestone + "/acceptance",
                Map.of("opinion", "同意")).json().path("code").asText()).isEqualTo("challenge.error.milestoneIncomplete");
        http.post(SDU, "/api/challenges/" + id + "/milestones/" + milestone + "/progress",
                Map.of("percentComplete", 100, "note", "样机完成并通过台架试验")).ok();
        http.post(POSTER, "/api/challenges/" + id + "/milestones/" + milestone + "/acceptance",
                Map.of("opinion", "同意")).ok();
        http.post(POSTER, "/api/challenges/" + id + "/acceptance", Map.of("results", List.of(
                Map.of("indicatorKey", "accuracy", "achieved", "2.6 μm", "met", true),
                Map.of("indicatorKey", "life", "achieved", "2400 h", "met", true)), "opinion", "全部指标达到榜单要求"))
                .ok();
        assertThat(http.view(POSTER, id).path("status").asText()).isEqualTo("COMPLETED");
        http.post(SDU, "/api/challenges/" + id + "/first-of-a-kind", Map.of("kind", "EQUIPMENT", "productName",
                "24000rpm 高精度电主轴", "description", "省首台（套）技术装备")).ok();

        JsonNode results = http.get(WEICHAI, "/api/clusters/" + CNC_CLUSTER + "/first-of-a-kind").ok();
        assertThat(results.path("items").findValuesAsText("productName")).contains("24000rpm 高精度电主轴");

        List<String> types = new ArrayList<>();
        http.get(SDIIT, "/api/challenges/" + id + "/history").ok().path("entries")
                .forEach(entry -> types.add(entry.path("eventType").asText()));
        assertThat(types).startsWith("ChallengePostedEvent", "BidSubmittedEvent", "BidSubmittedEvent",
                "BidRevisedEvent", "BiddingClosedEvent").contains("EvaluationCompletedEvent", "WinnerChosenEvent",
                "ChallengeDecisionPublishedEvent", "FirstOfAKindRegisteredEvent");
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsStored() {
        ChallengeHttp http = new ChallengeHttp(port, context);
        Map<String, Object> blank = new java.util.HashMap<>(posting("", Instant.now().plusSeconds(3600),
                List.of("expert01", "expert02", "expert03")));
        JsonNode invalid = http.post(POSTER, "/api/challenges", blank).json();
        assertThat(invalid.path("status").asInt()).isEqualTo(400);
        assertThat(invalid.path("invalidFields").toString()).contains("title");

        Map<String, Object> twoEvaluators = posting("两名专家的榜单", Instant.now().plusSeconds(3600),
                List.of("expert01", "expert02"));
        ChallengeHttp english = new ChallengeHttp(port, context, "en");
        JsonNode refused = english.post(POSTER, "/api/challenges", twoEvaluators).json();
        assertThat(refused.path("status").asInt()).isEqualTo(409);
        assertThat(refused.path("detail").asText()).isEqualTo("At least 3 evaluators are needed.");

        Map<String, Object> past = posting("已经截止的榜单", Instant.now().minusSeconds(60),
                List.of("expert01", "expert02", "expert03"));
        assertThat(http.post(POSTER, "/api/challenges", past).json().path("code").asText())
                .isEqualTo("challenge.error.deadlineInPast");

        assertThat(http.post("supervisor", "/api/challenges", posting("省厅不发榜", Instant.now().plusSeconds(3600),
                List.of("expert01", "expert02", "expert03"))).status()).isEqualTo(403);
        assertThat(http.post("staff09", "/api/challenges", posting("别的集群的榜", Instant.now().plusSeconds(3600),
                List.of("expert01", "expert02", "expert03"))).status()).isEqualTo(403);
        assertThat(http.get(POSTER, "/api/challenges?text=两名专家的榜单").ok().path("total").asLong()).isZero();
        assertThat(http.get(POSTER, "/api/challenges/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void noBidsAtTheDeadlineThenTheDeadlineIsExtendedAndACancellationNeedsAReason() throws Exception {
        ChallengeHttp http = new ChallengeHttp(port, context);
        String id = http.postChallenge("无人揭榜的榜单");
        http.closeBidding(id);
        assertThat(http.view(POSTER, id).path("status").asText()).isEqualTo("NO_BIDS");
        http.put(POSTER, "/api/challenges/" + id + "/deadline",
                Map.of("bidsCloseAt", Instant.now().plusSeconds(7200).toString())).ok();
        assertThat(http.view(POSTER, id).path("status").asText()).isEqualTo("OPEN");
        assertThat(http.post(POSTER, "/api/challenges/" + id + "/cancellation", Map.of("reason", "")).status())
                .isEqualTo(400);
        http.post(POSTER, "/api/challenges/" + id + "/cancellation", Map.of("reason", "需求已由其他渠道解决")).ok();
        JsonNode cancelled = http.view(SDU, id);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("cancelReason").asText()).isEqualTo("需求已由其他渠道解决");
    }
}

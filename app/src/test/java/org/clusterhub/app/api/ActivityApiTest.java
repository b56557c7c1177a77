package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The activities over HTTP against the real stores: planning, publishing, registering, the check-in code as QR,
 * check-in at the door and its refusals, the History, the calendar and the figures, and who may see what.
 */
@IntegrationTest
class ActivityApiTest {

    static final String RAIL = ClusterId.forPlanCode("qingdao-rail-transit-equipment").toString();

    @LocalServerPort
    int port;
    ApiClient api;
    ApiClient english;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        english = new ApiClient(port, "en");
    }

    /** A matchmaking activity of the rail cluster that starts in an hour, so that check-in is open. */
    private Map<String, Object> startingSoon(int capacity) {
        Instant start = Instant.now().plus(Duration.ofHours(1));
        Map<String, Object> body = new HashMap<>();
        body.put("clusterId", RAIL);
        body.put("kind", "MATCHMAKING");
        body.put("title", "轨道交通装备产业链供需对接会");
        body.put("description", "整车企业与配套企业对接");
        body.put("city", "QINGDAO");
        body.put("venue", "青岛国际会议中心 3号厅");
        body.put("online", false);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(Duration.ofHours(6)).toString());
        body.put("capacity", capacity);
        body.put("registrationOpensAt", Instant.now().minusSeconds(60).toString());
        body.put("registrationClosesAt", start.toString());
        body.put("approvalRequired", false);
        body.put("coOrganizers", List.of(Map.of("kind", "INSTITUTE", "name", "山东大学")));
        body.put("meetingTables", 10);
        body.put("meetingSlotMinutes", 30);
        return body;
    }

    private String planAndPublish(int capacity) {
        ApiClient.Response created = api.post("staff01", "/api/activities", startingSoon(capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("activityId").asText();
        assertThat(created.headers().getLocation()).hasToString("/api/activities/" + id);
        ApiClient.Response published = api.post("staff01", "/api/activities/" + id + "/publish", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().path("status").asText()).isEqualTo("PUBLISHED");
        return id;
    }

    @Test
    void onlyTheClustersStaffPlanAndBadTimesAreRefusedClearly() {
        api.post("member-weichai", "/api/activities", startingSoon(10)).problem(403, "forbidden");
        api.post("staff02", "/api/activities", startingSoon(10)).problem(403, "forbidden");
        Map<String, Object> backwards = startingSoon(10);
        backwards.put("endsAt", Instant.now().toString());
        JsonNode problem = english.post("staff01", "/api/activities", backwards).problem(409, "rule-violation");
        assertThat(problem.path("code").asText()).isEqualTo("activity.error.endBeforeStart");
        assertThat(problem.path("detail").asText()).isEqualTo("The end must be after the start");
        Map<String, Object> untitled = startingSoon(10);
        untitled.put("title", "");
        assertThat(api.post("staff01", "/api/activities", untitled).invalidFields()).contains("title");
    }

    @Test
    void aPlannedActivityIsHiddenFromMembersUntilPublished() {
        ApiClient.Response created = api.post("staff01", "/api/activities", startingSoon(10));
        String id = created.json().path("activityId").asText();
        api.get("member-weichai", "/api/activities/" + id).problem(404, "not-found");
        assertThat(api.get("member-weichai", "/api/activities?size=200").body()).doesNotContain(id);
        assertThat(api.get("staff01", "/api/activities?size=200").body()).contains(id);
        api.post("staff01", "/api/activities/" + id + "/publish", null);
        assertThat(api.get("member-weichai", "/api/activities/" + id).status()).isEqualTo(200);
    }

    @Test
    void aMemberRegistersGetsAQrCodeAndIsCheckedInOnceAtTheDoor() {
        String id = planAndPublish(10);
        ApiClient.Response registered = api.post("member-weichai", "/api/activities/" + id + "/registrations",
                Map.of("attendeeName", "刘洋", "attendeeContact", "13800000000"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode registration = registered.json();
        assertThat(registration.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(registration.path("organization").asText()).isEqualTo("潍柴动力股份有限公司");
        String code = registration.path("checkInCode").asText();
        assertThat(code).startsWith(id.substring(0, 6).toUpperCase() + "-");
        String registrationId = registration.path("registrationId").asText();

        JsonNode duplicate = api.post("member-weichai", "/api/activities/" + id + "/registrations",
                Map.of("attendeeName", "刘洋")).problem(409, "rule-violation");
        assertThat(duplicate.path("code").asText()).isEqualTo("activity.error.alreadyRegistered");

        ApiClient.Response qr = api.get("member-weichai",
                "/api/activities/" + id + "/registrations/" + registrationId + "/qr.png");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.headers().getContentType()).hasToString("image/png");
        assertThat(qr.body()).contains("PNG");
        api.get("member-sdu", "/api/activities/" + id + "/registrations/" + registrationId + "/qr.png")
                .problem(403, "forbidden");
        assertThat(api.get("member-sdu", "/api/activities/" + id + "/registrations").json().path("total").asInt())
                .isZero();

        api.post("member-weichai", "/api/activities/" + id + "/check-ins", Map.of("code", code))
                .problem(403, "forbidden");
        ApiClient.Response checkedIn = api.post("staff01", "/api/activities/" + id + "/check-ins",
                Map.of("code", code.toLowerCase()));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        assertThat(checkedIn.json().path("checkedInAt").isNull()).isFalse();
        JsonNode again = api.post("staff01", "/api/activities/" + id + "/check-ins", Map.of("code", code))
                .problem(409, "rule-violation");
        assertThat(again.path("code").asText()).isEqualTo("activity.error.alreadyCheckedIn");
        assertThat(api.post("staff01", "/api/activities/" + id + "/check-ins", Map.of("code", "ABCDEF-XXXXXX"))
                .problem(409, "rule-violation").path("code").asText()).isEqualTo("activity.error.codeOfAnotherActivity");
        assertThat(api.get("staff01", "/api/activities/" + id).json().path("checkedIn").asInt()).isEqualTo(1);

        ApiClient.Response history = api.get("staff01", "/api/activities/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("AttendeeCheckedInEvent").doesNotContain(code)
                .doesNotContain("13800000000");
    }

    @Test
    void registrantsAreToldWhenTheTimeChangesAndWhenTheActivityIsCancelled() {
        String id = planAndPublish(10);
        api.post("member-sdu", "/api/activities/" + id + "/registrations", Map.of("attendeeName", "陈静"));
        Map<String, Object> later = startingSoon(10);
        later.put("startsAt", Instant.now().plus(Duration.ofHours(2)).toString());
        later.put("endsAt", Instant.now().plus(Duration.ofHours(8)).toString());
        later.remove("clusterId");
        later.remove("kind");
        ApiClient.Response revised = api.call(org.springframework.http.HttpMethod.PUT, "staff01",
                ApiClient.PASSWORD, "/api/activities/" + id, later);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        api.post("staff01", "/api/activities/" + id + "/cancel", Map.of("reason", "场馆临时检修"));
        String notices = api.get("member-sdu", "/api/activities/notices?size=50").body();
        assertThat(notices).contains(id).contains("\"REVISED\"").contains("\"CANCELLED\"").contains("场馆临时检修");
        assertThat(api.post("member-weichai", "/api/activities/" + id + "/registrations",
                Map.of("attendeeName", "刘洋")).problem(409, "rule-violation").path("code").asText())
                .isEqualTo("activity.error.cancelled");
    }

    @Test
    void theCalendarIsICalendarAndTheFiguresExportToExcel() {
        String id = planAndPublish(10);
        ApiClient.Response ics = api.get("member-weichai", "/api/activities/calendar.ics?city=QINGDAO");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.headers().getContentType().toString()).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + id + "@clusterhub")
                .contains("SUMMARY:[供需对接] 轨道交通装备产业链供需对接会").endsWith("END:VCALENDAR\r\n");
        ApiClient.Response figures = api.get("supervisor", "/api/activities/figures?grouping=CITY");
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        assertThat(figures.json().path("total").path("key").asText()).isEqualTo("total");
        ApiClient.Response xlsx = api.get("supervisor", "/api/activities/figures.xlsx?grouping=CLUSTER");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.headers().getContentType().toString()).contains("spreadsheetml");
    }

    @Test
    void matchmakingSuggestsPartnersWithReasonsAndSchedulesAcceptedMeetings() {
        String id = planAndPublish(10);
        String weichai = api.post("member-weichai", "/api/activities/" + id + "/registrations",
                Map.of("attendeeName", "刘洋")).json().path("registrationId").asText();
        String sdu = api.post("member-sdu", "/api/activities/" + id + "/registrations",
                Map.of("attendeeName", "陈静")).json().path("registrationId").asText();
        ApiClient.Response profile = api.call(org.springframework.http.HttpMethod.PUT, "member-weichai",
                ApiClient.PASSWORD, "/api/activities/" + id + "/registrations/" + weichai + "/profile",
                Map.of("offers", List.of("轨道车辆 动力总成"), "seeks", List.of("减振降噪 材料"),
                        "tags", List.of("轨道交通", "新材料"), "chainPosition", "CHAIN_LEADER"));
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        api.call(org.springframework.http.HttpMethod.PUT, "member-sdu", ApiClient.PASSWORD,
                "/api/activities/" + id + "/registrations/" + sdu + "/profile",
                Map.of("offers", List.of("高分子减振材料"), "seeks", List.of("整车试验平台"),
                        "tags", List.of("新材料"), "chainPosition", "SUPPORT"));
        JsonNode suggestions = api.get("member-weichai",
                "/api/activities/" + id + "/registrations/" + weichai + "/suggestions").json().path("items");
        assertThat(suggestions).hasSize(1);
        JsonNode first = suggestions.get(0);
        assertThat(first.path("partner").path("organization").asText()).isEqualTo("山东大学");
        assertThat(first.path("score").asInt()).isEqualTo(30 + 10 + 15);
        assertThat(first.path("reasons").toString()).contains("OFFERS_WHAT_YOU_SEEK").contains("SHARED_TAG")
                .contains("COMPLEMENTARY_CHAIN_POSITION");

        String meeting = api.post("member-weichai", "/api/activities/" + id + "/meetings",
                Map.of("requester", weichai, "invitee", sdu, "message", "谈谈减振材料")).json()
                .path("meetingId").asText();
        api.post("member-weichai", "/api/activities/" + id + "/meetings/" + meeting + "/accept", null)
                .problem(403, "forbidden");
        assertThat(api.post("member-sdu", "/api/activities/" + id + "/meetings/" + meeting + "/accept", null)
                .status()).isEqualTo(200);
        ApiClient.Response grid = api.post("staff01", "/api/activities/" + id + "/schedule", null);
        assertThat(grid.status()).as(grid.body()).isEqualTo(200);
        assertThat(grid.json().path("items").get(0).path("slot").asInt()).isZero();
        assertThat(grid.json().path("items").get(0).path("table").asInt()).isEqualTo(1);
        assertThat(api.get("member-sdu", "/api/activities/" + id + "/meetings").status()).isEqualTo(403);
        assertThat(api.get("member-sdu", "/api/activities/" + id + "/meetings?registration=" + sdu).json()
                .path("items")).hasSize(1);
    }
}

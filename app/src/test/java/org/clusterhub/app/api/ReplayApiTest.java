package org.clusterhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.shared.City;
import org.clusterhub.supervision.api.FindReplayAccessesQuery;
import org.clusterhub.supervision.api.ReplayAccessAction;
import org.clusterhub.supervision.api.ReplayAccessPage;
import org.clusterhub.supervision.api.ReplayAccessView;
import org.clusterhub.zone.api.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The replay API (ADR 017): a cluster's state at a point rebuilt from its events, a comparison, the PDF and Excel
 * exports with their text and rows, who may open it (a 403 problem for the others), and an access event for every
 * opening and export.
 */
@IntegrationTest
class ReplayApiTest {

    static final String STEEL = ClusterId.forPlanCode("high-end-steel").toString();

    @LocalServerPort
    int port;
    @Autowired
    QueryGateway queries;

    @Test
    void aSupervisorReplaysAClusterToAPointComparesAndExportsAndEveryLookIsRecorded() throws Exception {
        ApiClient api = new ApiClient(port);
        String cluster = api.registerCluster();
        assertThat(api.post("supervisor", "/api/clusters/" + cluster + "/members",
                ApiClient.member("回放导出测试企业", City.HEZE, ApiClient.freshCreditCode(City.HEZE))).status())
                .isEqualTo(201);
        assertThat(api.post("supervisor", "/api/clusters/" + cluster + "/level",
                Map.of("level", "NATIONAL", "reason", "国家先进制造业集群竞赛胜出")).status()).isEqualTo(200);

        JsonNode first = api.get("supervisor", "/api/supervision/replay/" + cluster + "?at=0").json();
        assertThat(first.path("timeline").path("aggregateType").asText()).isEqualTo("Cluster");
        assertThat(first.path("timeline").path("entries")).hasSize(3);
        assertThat(first.path("timeline").path("entries").get(2).path("reason").asText())
                .isEqualTo("国家先进制造业集群竞赛胜出");
        assertThat(first.path("timeline").path("entries").get(2).path("hash").asText()).hasSize(64);
        assertThat(first.path("state").path("view").path("members")).isEmpty();
        assertThat(first.path("state").path("view").path("level").asText()).isEqualTo("PROVINCIAL");
        JsonNode last = api.get("supervisor", "/api/supervision/replay/" + cluster).json();
        assertThat(last.path("state").path("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(last.path("state").path("view").path("members").get(0).path("name").asText())
                .isEqualTo("回放导出测试企业");
        assertThat(api.get("supervisor", "/api/supervision/replay/" + cluster + "?at=9").status()).isEqualTo(400);

        JsonNode changes = api.get("supervisor", "/api/supervision/replay/" + cluster + "/comparison?from=0&to=2")
                .json().path("changes");
        List<String> paths = new ArrayList<>();
        changes.forEach(change -> paths.add(change.path("path").asText()));
        assertThat(paths).contains("level").anyMatch(path -> path.startsWith("members[") && path.endsWith(".name"));

        byte[] pdf = download("supervisor", "/api/supervision/replay/" + cluster + "/export.pdf?at=1");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains("接口测试集群").contains("回放导出测试企业").contains("哈希链校验通过")
                .contains("国家先进制造业集群竞赛胜出");

        byte[] xlsx = download("supervisor", "/api/supervision/replay/" + cluster + "/export.xlsx?at=1");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet timeline = workbook.getSheetAt(0);
            List<String> events = new ArrayList<>();
            List<String> upToPoint = new ArrayList<>();
            for (Row row : timeline) {
                if (row.getCell(8) != null && row.getCell(8).getStringCellValue().length() == 64) {
                    events.add(row.getCell(2).getStringCellValue());
                    upToPoint.add(row.getCell(9).getStringCellValue());
                }
            }
            assertThat(events).hasSize(3).first().isEqualTo("登记集群");
            assertThat(upToPoint).containsExactly("是", "是", "否");
            Sheet state = workbook.getSheetAt(1);
            List<String> fields = new ArrayList<>();
            state.forEach(row -> fields.add(row.getCell(0).getStringCellValue() + "="
                    + row.getCell(1).getStringCellValue()));
            assertThat(fields).contains("level=PROVINCIAL").anyMatch(f -> f.endsWith(".name=回放导出测试企业"));
        }

        List<ReplayAccessView> accesses = queries.query(new FindReplayAccessesQuery(cluster, null, null, null, 0, 50),
                ResponseTypes.instanceOf(ReplayAccessPage.class)).get(10, TimeUnit.SECONDS).items();
        assertThat(accesses).allMatch(a -> a.username().equals("supervisor") && a.role().equals("SUPERVISOR"))
                .extracting(ReplayAccessView::action, ReplayAccessView::sequenceNumber)
                .contains(org.assertj.core.groups.Tuple.tuple(ReplayAccessAction.OPENED, 0L),
                        org.assertj.core.groups.Tuple.tuple(ReplayAccessAction.OPENED, 2L),
                        org.assertj.core.groups.Tuple.tuple(ReplayAccessAction.EXPORTED_PDF, 1L),
                        org.assertj.core.groups.Tuple.tuple(ReplayAccessAction.EXPORTED_XLSX, 1L));
        JsonNode listed = api.get("supervisor", "/api/supervision/replay/" + cluster + "/accesses").json();
        assertThat(listed.path("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(api.get("supervisor", "/api/supervision/replay-accesses?username=supervisor&action=EXPORTED_PDF")
                .json().path("items").get(0).path("viewedAggregateId").asText()).isNotBlank();
    }

    @Test
    void onlySupervisorsAndTheClustersOwnStaffMayReplayAndOthersGetA403Problem() throws Exception {
        ApiClient api = new ApiClient(port, "en");
        String path = "/api/supervision/replay/" + STEEL;
        assertThat(api.get("staff18", path + "?at=0").status()).isEqualTo(200);
        for (String outsider : List.of("staff01", "member-weichai", "coord-jinan", "expert01")) {
            ApiClient.Response refused = api.get(outsider, path);
            assertThat(refused.status()).as(outsider).isEqualTo(403);
            assertThat(refused.headers().getContentType().toString()).startsWith("application/problem+json");
            assertThat(api.get(outsider, path + "/export.pdf").status()).as(outsider).isEqualTo(403);
        }
        // A zone has no promotion organization: supervisors only.
        String zone = ZoneId.forPlanCode("jinan-yellow-river-pilot-zone").toString();
        assertThat(api.get("staff04", "/api/supervision/replay/" + zone).status()).isEqualTo(403);
        assertThat(api.get("supervisor", "/api/supervision/replay/" + zone).status()).isEqualTo(200);
        // Who looked is for supervisors only; the refused looks left no access record.
        assertThat(api.get("staff18", path + "/accesses").status()).isEqualTo(403);
        List<ReplayAccessView> accesses = queries.query(new FindReplayAccessesQuery(STEEL, null, null, null, 0, 50),
                ResponseTypes.instanceOf(ReplayAccessPage.class)).get(10, TimeUnit.SECONDS).items();
        assertThat(accesses).extracting(ReplayAccessView::username).contains("staff18")
                .doesNotContain("staff01", "member-weichai", "coord-jinan", "expert01");
        assertThat(api.get("supervisor", "/api/supervision/replay/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    private byte[] download(String user, String path) {
        return RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port).build().get().uri(path)
                .headers(h -> h.setBasicAuth(user, ApiClient.PASSWORD, StandardCharsets.UTF_8))
                .retrieve().body(byte[].class);
    }

    /**
     * The text the pages show: every string of their content streams, decoded as UCS-2 (the report's only font is
     * STSong-Light with the UniGB-UCS2-H CMap), one after the other, so that a line wrapped in a cell reads whole.
     */
    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PRTokeniser tokens = new PRTokeniser(reader.getPageContent(page));
            while (tokens.nextToken()) {
                if (tokens.getTokenType() == PRTokeniser.TK_STRING) {
                    text.append(new String(tokens.getStringValue().getBytes(StandardCharsets.ISO_8859_1),
                            StandardCharsets.UTF_16BE));
                }
            }
        }
        return text.toString();
    }
}

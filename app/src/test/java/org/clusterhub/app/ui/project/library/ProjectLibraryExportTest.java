package org.clusterhub.app.ui.project.library;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.marker;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.open;
import static org.clusterhub.app.ui.project.library.ProjectTestCommands.text;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Excel export holds every row of the filter (not just the page shown), with headers in the UI's language. */
@IntegrationTest
class ProjectLibraryExportTest extends KaribuViewTest {

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;
    ProjectTestCommands projects;

    @BeforeEach
    void commands() {
        projects = new ProjectTestCommands(commandGateway, queryGateway, users);
    }

    @Test
    void exportsAllMatchingRowsWithChineseHeadersNumbersAndATotalsRow() throws IOException {
        String mark = marker("导出");
        List<ProjectId> ids = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            ids.add(projects.draft("staff10", ProjectKind.PUBLIC_ENTITY, mark + String.format(" 项目%03d", i)));
        }
        projects.send("staff10", new AddBudgetLineCommand(ids.get(0), "line-1", "检测设备购置",
                FundingSource.PROVINCIAL_SUBSIDY, new BigDecimal("120.50")));
        projects.awaitProject(ids.get(0), 2);
        projects.draft("staff16", ProjectKind.PUBLIC_ENTITY, mark + " 其他集群");
        projects.awaitLibrary("supervisor", text(mark), 61);

        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        open("projects?q=" + mark + "&sort=TITLE&desc=false");
        LocalDateTime before = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS);
        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-xlsx")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("大项目库");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("项目名称");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("申报预算（万元）");
            assertThat(header.getCell(14).getStringCellValue()).isEqualTo("最后更新（北京时间）");
            // 60 projects of staff10's cluster, none of the other cluster's; beyond the grid's page of 50.
            assertThat(sheet.getLastRowNum()).isEqualTo(61);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(mark + " 项目001");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("滨州轻量化铝新材料产业集群");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("公共实体项目");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("草稿");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("未入库");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).getYear());
            Cell requested = first.getCell(9);
            assertThat(requested.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(requested.getNumericCellValue()).isEqualTo(120.5);
            // Shanghai wall-clock time of the last change, as a real date cell.
            LocalDateTime changed = first.getCell(14).getLocalDateTimeCellValue();
            assertThat(changed).isBetween(before.minusMinutes(5), before.plusMinutes(1));
            assertThat(first.getCell(15).getStringCellValue()).isEqualTo(ids.get(0).toString());
            assertThat(sheet.getRow(60).getCell(0).getStringCellValue()).isEqualTo(mark + " 项目060");

            Row totals = sheet.getRow(61);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计（60 个项目）");
            assertThat(totals.getCell(9).getNumericCellValue()).isEqualTo(120.5);
            assertThat(totals.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void speaksEnglishWhenTheUiDoes() throws IOException {
        String mark = marker("export");
        projects.draft("staff10", ProjectKind.CHAIN_BUILDING, mark + " aluminium chain");
        projects.awaitLibrary("staff10", text(mark), 1);

        openAs("staff10", Locale.ENGLISH);
        open("projects?q=" + mark);
        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-xlsx")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Project library");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Building and strengthening the industrial chain");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Draft");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Total (1 project)");
        }
    }
}

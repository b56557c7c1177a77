package org.clusterhub.app.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.project.api.AddBudgetLineCommand;
import org.clusterhub.project.api.AddIndicatorCommand;
import org.clusterhub.project.api.AddMilestoneCommand;
import org.clusterhub.project.api.ApproveProjectCommand;
import org.clusterhub.project.api.CriterionScore;
import org.clusterhub.project.api.DeclareConflictOfInterestCommand;
import org.clusterhub.project.api.DraftProjectCommand;
import org.clusterhub.project.api.DrawExpertPanelCommand;
import org.clusterhub.project.api.ExpertCandidate;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.LockExpertScoresCommand;
import org.clusterhub.project.api.ProjectId;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectSection;
import org.clusterhub.project.api.RecommendProjectCommand;
import org.clusterhub.project.api.ReviseProjectSectionCommand;
import org.clusterhub.project.api.ScoringCriterion;
import org.clusterhub.project.api.SubmitProjectCommand;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.springframework.context.ConfigurableApplicationContext;

/** Takes a real Project through its real commands to the states whose deadlines the tests watch. */
final class Projects {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String LEAD = "山东省测试产业促进会";
    static final List<String> EXPERTS = List.of("expert-a", "expert-b", "expert-c");

    private Projects() {
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** A draft with every part that submission asks for. */
    static ProjectId completeDraft(ConfigurableApplicationContext node) {
        ProjectId id = ProjectId.create();
        int year = today().getYear();
        Nodes.send(node, Actor.SYSTEM, new DraftProjectCommand(id, ClusterId.create(),
                ProjectKind.PUBLIC_SERVICE_PLATFORM, "截止期限测试项目", LEAD, City.JINAN, "张测试", year, year + 1));
        Nodes.send(node, Actor.SYSTEM, new ReviseProjectSectionCommand(id, ProjectSection.AIMS, "目标", null));
        Nodes.send(node, Actor.SYSTEM, new ReviseProjectSectionCommand(id, ProjectSection.CONTENT, "内容", null));
        Nodes.send(node, Actor.SYSTEM, new AddBudgetLineCommand(id, "line-1", "检测设备", FundingSource.PROVINCIAL_SUBSIDY,
                new BigDecimal("120.00")));
        Nodes.send(node, Actor.SYSTEM, new AddMilestoneCommand(id, "m-1", "平台上线", LocalDate.of(year + 1, 6, 30),
                "上线报告", LEAD));
        Nodes.send(node, Actor.SYSTEM, new AddIndicatorCommand(id, "kpi-1", "服务企业数", "家", new BigDecimal("50")));
        return id;
    }

    static ProjectId submitted(ConfigurableApplicationContext node) {
        ProjectId id = completeDraft(node);
        Nodes.send(node, Actor.SYSTEM, new SubmitProjectCommand(id, null));
        return id;
    }

    /** Recommended, reviewed by three experts and approved: publicity runs from today for five working days. */
    static ProjectId inPublicity(ConfigurableApplicationContext node) {
        ProjectId id = submitted(node);
        Nodes.send(node, Actor.SYSTEM, new RecommendProjectCommand(id, "同意推荐"));
        List<ExpertCandidate> pool = EXPERTS.stream()
                .map(name -> new ExpertCandidate(name, "专家 " + name, "山东大学")).toList();
        Nodes.send(node, Actor.SYSTEM, new DrawExpertPanelCommand(id, pool, 3, ScoringCriterion.standard(),
                today().plusDays(7), 42L));
        for (String expert : EXPERTS) {
            Actor actor = new Actor(expert, expert, "专家 " + expert, Role.EXPERT, Set.of(), City.JINAN, "山东大学");
            Nodes.send(node, actor, new DeclareConflictOfInterestCommand(id, false, null));
            Nodes.send(node, actor, new LockExpertScoresCommand(id, ScoringCriterion.standard().stream()
                    .map(criterion -> new CriterionScore(criterion.key(), 80)).toList(), null));
        }
        Nodes.send(node, Actor.SYSTEM, new ApproveProjectCommand(id, null, 5, today()));
        return id;
    }
}

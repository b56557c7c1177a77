package org.clusterhub.app.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.identity.api.RegisterUserAccountCommand;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, created through commands at first start of the demo profile: the provincial supervisor, staff of
 * each of the 20 promotion organizations ({@code staff01}..{@code staff20} by plan number), a coordinator for each
 * of the 16 cities ({@code coord-jinan}, ...), a few members and twelve experts of the provincial pool
 * ({@code expert01}..{@code expert12}). All share the demo password.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "clusterhub.seed.demo-accounts", havingValue = "true")
class DemoAccountSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountSeeder.class);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final SystemCommands system;
    private final PasswordEncoder passwords;
    private final MessageSource messages;
    private final String demoPassword;

    DemoAccountSeeder(SystemCommands system, PasswordEncoder passwords, MessageSource messages,
                      @Value("${clusterhub.seed.demo-password}") String demoPassword) {
        this.system = system;
        this.passwords = passwords;
        this.messages = messages;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<DemoAccount> accounts = accounts(PlanSeeder.readPlan(), messages);
        // One hash for all: BCrypt is slow on purpose, and every demo account has the same password.
        String hash = passwords.encode(demoPassword);
        int created = 0;
        for (DemoAccount a : accounts) {
            UserAccountId id = UserAccountId.forUsername(a.username());
            if (system.createOnce(id.toString(), new RegisterUserAccountCommand(id, a.username(), a.displayName(),
                    hash, a.role(), a.clusterIds(), a.city(), a.organization()))) {
                created++;
            }
        }
        log.info("Demo accounts: {} defined, {} created now (password from clusterhub.seed.demo-password)",
                accounts.size(), created);
    }

    static List<DemoAccount> accounts(PlanData plan, MessageSource messages) {
        List<DemoAccount> accounts = new ArrayList<>();
        accounts.add(new DemoAccount("supervisor", "省工信厅 督导员", Role.SUPERVISOR, Set.of(), City.JINAN,
                "山东省工业和信息化厅"));
        for (PlanData.PlanCluster cluster : plan.clusters()) {
            accounts.add(new DemoAccount(String.format("staff%02d", cluster.number()),
                    cluster.promotionOrganization().nameZh() + " 工作人员", Role.PROMOTION_STAFF,
                    Set.of(ClusterId.forPlanCode(cluster.code()).toString()), cluster.centerCities().get(0),
                    cluster.promotionOrganization().nameZh()));
        }
        for (City city : City.values()) {
            String cityName = messages.getMessage("city." + city.name(), null, city.name(), ZH);
            accounts.add(new DemoAccount("coord-" + city.name().toLowerCase(Locale.ROOT), cityName + " 协调员",
                    Role.CITY_COORDINATOR, Set.of(), city, cityName + "工业和信息化局"));
        }
        accounts.add(new DemoAccount("member-weichai", "潍柴动力 成员", Role.MEMBER, Set.of(), City.WEIFANG,
                "潍柴动力股份有限公司"));
        accounts.add(new DemoAccount("member-sdu", "山东大学 成员", Role.MEMBER, Set.of(), City.JINAN, "山东大学"));
        accounts.add(new DemoAccount("member-sdiit", "山东产业技术研究院 成员", Role.MEMBER, Set.of(), City.JINAN,
                "山东产业技术研究院"));
        accounts.add(new DemoAccount("member-platform", "青岛工业互联网平台 成员", Role.MEMBER, Set.of(),
                City.QINGDAO, "青岛工业互联网公共服务平台"));
        accounts.addAll(EXPERTS);
        return accounts;
    }

    /**
     * The provincial expert pool (专家库). 山东大学 and 中国海洋大学 take part in demo projects, so that a draw for those
     * projects visibly leaves their experts out (conflict of interest).
     */
    static final List<DemoAccount> EXPERTS = List.of(
            expert("expert01", "王建国", City.JINAN, "山东大学"),
            expert("expert02", "李秀英", City.QINGDAO, "中国海洋大学"),
            expert("expert03", "张伟", City.JINAN, "山东省科学院"),
            expert("expert04", "刘洋", City.JINAN, "齐鲁工业大学"),
            expert("expert05", "陈静", City.ZIBO, "山东理工大学"),
            expert("expert06", "杨帆", City.QINGDAO, "青岛科技大学"),
            expert("expert07", "赵敏", City.QINGDAO, "中国石油大学（华东）"),
            expert("expert08", "黄磊", City.JINAN, "济南大学"),
            expert("expert09", "周晓梅", City.QINGDAO, "青岛大学"),
            expert("expert10", "吴志强", City.TAIAN, "山东农业大学"),
            expert("expert11", "徐丽华", City.YANTAI, "烟台大学"),
            expert("expert12", "孙海涛", City.JINAN, "山东省机械设计研究院"));

    private static DemoAccount expert(String username, String name, City city, String organization) {
        return new DemoAccount(username, name, Role.EXPERT, Set.of(), city, organization);
    }

    record DemoAccount(String username, String displayName, Role role, Set<String> clusterIds, City city,
                       String organization) {
    }
}

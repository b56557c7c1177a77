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
 * of the 16 cities ({@code coord-jinan}, ...) and a few members. All share the demo password.
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
        return accounts;
    }

    record DemoAccount(String username, String displayName, Role role, Set<String> clusterIds, City city,
                       String organization) {
    }
}

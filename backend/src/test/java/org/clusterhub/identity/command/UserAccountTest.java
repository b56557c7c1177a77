package org.clusterhub.identity.command;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.clusterhub.identity.api.RegisterUserAccountCommand;
import org.clusterhub.identity.api.UserAccountId;
import org.clusterhub.identity.api.UserAccountRegisteredEvent;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final String HASH = "{bcrypt}$2a$10$" + "a".repeat(53);
    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
    }

    @Test
    void opensACoordinatorAccount() {
        UserAccountId id = UserAccountId.forUsername("coord-heze");
        fixture.givenNoPriorActivity()
                .when(new RegisterUserAccountCommand(id, "coord-heze", "菏泽市 协调员", HASH, Role.CITY_COORDINATOR,
                        Set.of(), City.HEZE, "菏泽市工业和信息化局"))
                .expectEvents(new UserAccountRegisteredEvent(id, "coord-heze", "菏泽市 协调员", HASH,
                        Role.CITY_COORDINATOR, Set.of(), City.HEZE, "菏泽市工业和信息化局"));
    }

    @Test
    void refusesAnIdThatDoesNotBelongToTheUsername() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserAccountCommand(UserAccountId.forUsername("someone-else"), "coord-heze", "x",
                        HASH, Role.CITY_COORDINATOR, Set.of(), City.HEZE, "x"))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void refusesScopelessStaffAndCitylessCoordinators() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserAccountCommand(UserAccountId.forUsername("staff99"), "staff99", "x", HASH,
                        Role.PROMOTION_STAFF, Set.of(), City.JINAN, "x"))
                .expectException(DomainRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new RegisterUserAccountCommand(UserAccountId.forUsername("coord-x"), "coord-x", "x", HASH,
                        Role.CITY_COORDINATOR, Set.of(), null, "x"))
                .expectException(DomainRuleViolation.class);
    }
}

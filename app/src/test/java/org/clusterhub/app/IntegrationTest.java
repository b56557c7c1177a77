package org.clusterhub.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole ClusterHub node against real stores: an H2 file event store and an embedded MongoDB-wire server over its
 * wire protocol, both fresh per Spring context (see {@code application-test.yml}), with the plan and demo accounts
 * seeded through commands as on a first start. Contexts are cached and shared by tests with the same setup, so
 * tests create their own aggregates instead of assuming an empty store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ClusterHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public @interface IntegrationTest {
}

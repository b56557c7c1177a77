package org.clusterhub.bench;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;

/**
 * One ClusterHub node as the app assembles it (all contexts, Axon on the JDBC event store, read models in MongoDB,
 * the node-local live processor), without the Vaadin UI and without the app's seeders: the benchmark registers
 * its own clusters through commands. Settings: {@code bench/src/main/resources/application.yml}.
 */
@SpringBootApplication(scanBasePackages = "org.clusterhub")
@EntityScan(basePackages = "org.clusterhub")
public class BenchApplication {
}

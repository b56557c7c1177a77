package org.clusterhub.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;

/** Assembles the contexts, the infrastructure and the UI into one runnable node. */
@SpringBootApplication(scanBasePackages = "org.clusterhub")
// Vaadin finds routes, and Spring Data finds documents, in the auto-configuration packages: all of ClusterHub's.
@AutoConfigurationPackage(basePackages = "org.clusterhub")
public class ClusterHubApplication {

    public static void main(String[] args) {
        // Axon 4.12+ would call home to an update checker; this machine and CI have no internet access.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(ClusterHubApplication.class, args);
    }
}

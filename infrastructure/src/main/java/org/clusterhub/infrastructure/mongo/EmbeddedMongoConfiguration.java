package org.clusterhub.infrastructure.mongo;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.data.mongodb.uri}, read models live in an embedded MongoDB-wire server (mongo-java-server)
 * whose data sits in an H2 file under the data folder. Code talks to it through the ordinary MongoDB driver, as it
 * would to a real MongoDB; a second node can use it by URI.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.mongodb.uri:}'.isEmpty()")
public class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(@Value("${clusterhub.data-dir}") Path dataDir,
                                    @Value("${clusterhub.embedded-mongo.host:127.0.0.1}") String host,
                                    @Value("${clusterhub.embedded-mongo.port:27027}") int port,
                                    @Value("${clusterhub.embedded-mongo.persistent:true}") boolean persistent) {
        MongoServer server;
        if (persistent) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data folder " + dataDir, e);
            }
            server = new MongoServer(new H2Backend(dataDir.resolve("readmodels.mv").toString()));
        } else {
            server = new MongoServer(new MemoryBackend());
        }
        server.bind(host, port);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-wire server listening on {}:{} ({})", address.getHostString(), address.getPort(),
                persistent ? dataDir.resolve("readmodels.mv") : "in memory");
        return server;
    }

    /** Depends on the server bean, so that it starts before Boot's MongoClient and stops after it. */
    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer,
                                                          @Value("${clusterhub.embedded-mongo.database:clusterhub}") String database) {
        InetSocketAddress address = embeddedMongoServer.getLocalAddress();
        ConnectionString connection = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
        return () -> connection;
    }
}

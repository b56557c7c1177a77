package org.clusterhub.infrastructure.attachments;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.util.unit.DataSize;

/** Attachments in GridFS in the shared MongoDB, with the size and type limits from configuration. */
@Configuration(proxyBeanMethods = false)
public class AttachmentConfiguration {

    @Bean
    GridFsAttachmentStore attachmentStore(MongoDatabaseFactory databases, MongoConverter converter,
                                          MongoTemplate mongo,
                                          @Value("${clusterhub.attachments.max-size:20MB}") DataSize maxSize,
                                          @Value("${clusterhub.attachments.allowed-types:pdf,docx,xlsx,doc,xls,png,jpg,zip,ofd}")
                                          List<String> allowedTypes) {
        return new GridFsAttachmentStore(new GridFsTemplate(databases, converter, GridFsAttachmentStore.BUCKET),
                mongo, maxSize, allowedTypes);
    }
}

package org.clusterhub.infrastructure.attachments;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.clusterhub.shared.AttachmentStore;
import org.clusterhub.shared.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.gridfs.GridFsUpload;
import org.springframework.util.unit.DataSize;

/**
 * Attachments in MongoDB GridFS (bucket {@code attachments}), streamed: the file is never held whole in memory.
 * Its type is checked by extension and by its first bytes before anything is written; its size and SHA-256 are
 * counted while it streams into GridFS, and a file that grows past the limit is cut off and its chunks removed.
 */
public class GridFsAttachmentStore implements AttachmentStore {

    static final String BUCKET = "attachments";
    private static final Logger log = LoggerFactory.getLogger(GridFsAttachmentStore.class);

    private final GridFsTemplate gridFs;
    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private final long maxBytes;
    private final long maxMegabytes;
    private final Set<FileType> allowed;
    private final String allowedList;

    /**
     * @param allowedTypes extensions such as {@code pdf}; each must be one whose content this class can recognise
     * @throws IllegalArgumentException for an extension it cannot check by content
     */
    public GridFsAttachmentStore(GridFsTemplate gridFs, MongoTemplate mongo, DataSize maxSize,
                                 Collection<String> allowedTypes) {
        this.gridFs = gridFs;
        this.files = mongo.getCollection(BUCKET + ".files");
        this.chunks = mongo.getCollection(BUCKET + ".chunks");
        this.maxBytes = maxSize.toBytes();
        this.maxMegabytes = Math.max(1, maxSize.toMegabytes());
        Set<FileType> types = new LinkedHashSet<>();
        for (String extension : allowedTypes) {
            String wanted = extension.strip();
            types.add(FileType.ofExtension(wanted).orElseThrow(() -> new IllegalArgumentException(
                    "clusterhub.attachments.allowed-types: cannot check files of type '" + wanted
                            + "' by their content; known types: " + java.util.Arrays.toString(FileType.values()))));
        }
        this.allowed = Set.copyOf(types);
        this.allowedList = types.stream().map(FileType::extension).collect(Collectors.joining(", "));
    }

    @Override
    public StoredFile store(String ownerId, String fileName, String contentType, InputStream content) {
        String name = baseName(fileName);
        FileType type = FileType.ofExtension(FileType.extensionOf(name)).filter(allowed::contains)
                .orElseThrow(this::typeNotAllowed);
        BufferedInputStream buffered = new BufferedInputStream(content);
        if (!type.startsLike(head(buffered))) {
            throw typeNotAllowed();
        }
        LimitedDigestStream counted = new LimitedDigestStream(buffered, maxBytes);
        ObjectId id = new ObjectId();
        try {
            // The type as checked, not as the client declared it (kept for the record only).
            gridFs.store(GridFsUpload.fromStream(counted).id(id).filename(name)
                    .metadata(new Document("ownerId", ownerId).append("contentType", type.contentType())
                            .append("declaredContentType", contentType))
                    .build());
            String sha256 = counted.sha256();
            files.updateOne(Filters.eq("_id", id), Updates.set("metadata.sha256", sha256));
            return new StoredFile(id.toHexString(), name, type.contentType(), counted.count(), sha256);
        } catch (RuntimeException e) {
            // The driver aborts an upload whose stream failed and deletes its chunks; make sure, whatever failed.
            removeQuietly(id);
            if (counted.tooLarge()) {
                throw new DomainRuleViolation("attachment.error.tooLarge", "file", maxMegabytes);
            }
            throw e;
        }
    }

    @Override
    public Optional<FileContent> open(String attachmentId) {
        if (attachmentId == null || !ObjectId.isValid(attachmentId)) {
            return Optional.empty();
        }
        GridFSFile file = gridFs.findOne(byId(new ObjectId(attachmentId)));
        if (file == null) {
            return Optional.empty();
        }
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        StoredFile stored = new StoredFile(attachmentId, file.getFilename(), metadata.getString("contentType"),
                file.getLength(), metadata.getString("sha256"));
        return Optional.of(new FileContent(stored, new ChunkStream(file)));
    }

    @Override
    public void discard(String attachmentId) {
        if (attachmentId != null && ObjectId.isValid(attachmentId)) {
            gridFs.delete(byId(new ObjectId(attachmentId)));
        }
    }

    private DomainRuleViolation typeNotAllowed() {
        return new DomainRuleViolation("attachment.error.typeNotAllowed", "file", allowedList);
    }

    private void removeQuietly(ObjectId id) {
        try {
            files.deleteOne(Filters.eq("_id", id));
            chunks.deleteMany(Filters.eq("files_id", id));
        } catch (RuntimeException e) {
            log.warn("could not remove the chunks of refused attachment {}", id, e);
        }
    }

    private static Query byId(ObjectId id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** The first bytes, left in the stream for the upload. */
    private static byte[] head(BufferedInputStream in) {
        try {
            in.mark(FileType.SNIFF_BYTES);
            byte[] head = in.readNBytes(FileType.SNIFF_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** Only the last path segment of what a browser sends (some send {@code C:\fakepath\...}), without controls. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "").strip();
    }

    /**
     * Reads a file's chunks one by one, each by its full key {@code (files_id, n)}. The driver's own download asks
     * for {@code {files_id}} sorted by {@code n}, which a real MongoDB serves from the chunks index but the embedded
     * mongo-java-server answers by scanning every chunk of every file (585 ms for a 1 MB file among 200, measured);
     * a lookup by the whole unique key is an index hit on both.
     */
    private final class ChunkStream extends InputStream {
        private final Object fileId;
        private final int chunkCount;
        private int next;
        private byte[] chunk = new byte[0];
        private int position;

        ChunkStream(GridFSFile file) {
            this.fileId = file.getId();
            this.chunkCount = (int) ((file.getLength() + file.getChunkSize() - 1) / file.getChunkSize());
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (position >= chunk.length) {
                if (next >= chunkCount) {
                    return false;
                }
                Document found = chunks.find(Filters.and(Filters.eq("files_id", fileId), Filters.eq("n", next)))
                        .first();
                if (found == null) {
                    throw new IOException("attachment " + fileId + " is missing chunk " + next);
                }
                chunk = found.get("data", org.bson.types.Binary.class).getData();
                position = 0;
                next++;
            }
            return true;
        }
    }

    /**
     * Counts and hashes what passes through, and fails with an {@link IOException} (the kind GridFS answers by
     * aborting the upload and deleting its chunks) as soon as more than the limit has been read.
     */
    private static final class LimitedDigestStream extends FilterInputStream {
        private final long limit;
        private final MessageDigest digest;
        private long count;
        private boolean tooLarge;

        LimitedDigestStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                digest.update((byte) b);
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
                add(n);
            }
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > limit) {
                tooLarge = true;
                throw new IOException("attachment larger than " + limit + " bytes");
            }
        }

        long count() {
            return count;
        }

        boolean tooLarge() {
            return tooLarge;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}

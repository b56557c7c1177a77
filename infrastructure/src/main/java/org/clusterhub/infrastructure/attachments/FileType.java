package org.clusterhub.infrastructure.attachments;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an attachment may have, each known by its extensions and by the first bytes of its content (its
 * "magic number"). A client's content type is never trusted: a file must carry an allowed extension and start the
 * way files of that type start. Office Open XML and OFD (GB/T 33190) files are ZIP containers, so the first bytes
 * cannot tell them from a plain ZIP; they still keep out renamed executables, scripts and images.
 */
enum FileType {
    PDF("application/pdf", List.of("pdf"), "255044462d"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), "504b0304"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), "504b0304"),
    DOC("application/msword", List.of("doc"), "d0cf11e0a1b11ae1"),
    XLS("application/vnd.ms-excel", List.of("xls"), "d0cf11e0a1b11ae1"),
    PNG("image/png", List.of("png"), "89504e470d0a1a0a"),
    JPG("image/jpeg", List.of("jpg", "jpeg"), "ffd8ff"),
    /** An empty archive starts with the end-of-directory record instead of a local file header. */
    ZIP("application/zip", List.of("zip"), "504b0304", "504b0506"),
    OFD("application/ofd", List.of("ofd"), "504b0304");

    /** Enough bytes for the longest signature above. */
    static final int SNIFF_BYTES = 8;

    private final String contentType;
    private final List<String> extensions;
    private final List<byte[]> signatures;

    FileType(String contentType, List<String> extensions, String... signatures) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.signatures = Arrays.stream(signatures).map(HexFormat.of()::parseHex).toList();
    }

    String contentType() {
        return contentType;
    }

    /** The main extension, as configured and as shown to people. */
    String extension() {
        return extensions.get(0);
    }

    boolean startsLike(byte[] head) {
        return signatures.stream().anyMatch(signature -> head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length));
    }

    static Optional<FileType> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(wanted)).findFirst();
    }

    /** The extension of a file name, lower case, or empty. */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package org.relais.platform.upload;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list: each accepted file name extension, the media type the file is stored and served
 * with, the types Tika's magic-byte detector may find in such a file, and for ZIP-based formats the
 * entry a genuine file of that format holds.
 */
enum FileType {
    PDF("application/pdf", Set.of("application/pdf"), null),
    ODT(
            "application/vnd.oasis.opendocument.text",
            Set.of("application/vnd.oasis.opendocument.text", FileType.ZIP_TYPE),
            "content.xml"),
    ODP(
            "application/vnd.oasis.opendocument.presentation",
            Set.of("application/vnd.oasis.opendocument.presentation", FileType.ZIP_TYPE),
            "content.xml"),
    ODS(
            "application/vnd.oasis.opendocument.spreadsheet",
            Set.of("application/vnd.oasis.opendocument.spreadsheet", FileType.ZIP_TYPE),
            "content.xml"),
    DOCX(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Set.of(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    FileType.OOXML_TYPE,
                    FileType.ZIP_TYPE),
            FileType.OOXML_ENTRY),
    PPTX(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            Set.of(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    FileType.OOXML_TYPE,
                    FileType.ZIP_TYPE),
            FileType.OOXML_ENTRY),
    XLSX(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Set.of(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    FileType.OOXML_TYPE,
                    FileType.ZIP_TYPE),
            FileType.OOXML_ENTRY),
    PNG("image/png", Set.of("image/png"), null),
    JPEG("image/jpeg", Set.of("image/jpeg"), null),
    GIF("image/gif", Set.of("image/gif"), null),
    WEBP("image/webp", Set.of("image/webp"), null),
    MP3("audio/mpeg", Set.of("audio/mpeg"), null),
    OGG(
            "audio/ogg",
            Set.of("audio/ogg", "application/ogg", "audio/vorbis", "audio/opus", "audio/x-oggflac"),
            null),
    WAV("audio/wav", Set.of("audio/vnd.wave", "audio/wav", "audio/x-wav"), null),
    M4A("audio/mp4", Set.of("audio/mp4", "audio/x-m4a", "video/mp4", "application/mp4"), null),
    MP4(
            "video/mp4",
            Set.of("video/mp4", "video/x-m4v", "application/mp4", "video/quicktime"),
            null),
    WEBM("video/webm", Set.of("video/webm", "video/x-matroska", "application/x-matroska"), null),
    ZIP(FileType.ZIP_TYPE, Set.of(FileType.ZIP_TYPE), null),
    TEXT("text/plain", Set.of("text/plain"), null),
    MARKDOWN("text/markdown", Set.of("text/plain", "text/x-web-markdown"), null),
    CSV("text/csv", Set.of("text/plain", "text/csv"), null);

    static final String ZIP_TYPE = "application/zip";
    static final String OOXML_TYPE = "application/x-tika-ooxml";
    static final String OOXML_ENTRY = "[Content_Types].xml";

    private static final Map<String, FileType> BY_EXTENSION =
            Map.ofEntries(
                    Map.entry("pdf", PDF),
                    Map.entry("odt", ODT),
                    Map.entry("odp", ODP),
                    Map.entry("ods", ODS),
                    Map.entry("docx", DOCX),
                    Map.entry("pptx", PPTX),
                    Map.entry("xlsx", XLSX),
                    Map.entry("png", PNG),
                    Map.entry("jpg", JPEG),
                    Map.entry("jpeg", JPEG),
                    Map.entry("gif", GIF),
                    Map.entry("webp", WEBP),
                    Map.entry("mp3", MP3),
                    Map.entry("ogg", OGG),
                    Map.entry("oga", OGG),
                    Map.entry("opus", OGG),
                    Map.entry("wav", WAV),
                    Map.entry("m4a", M4A),
                    Map.entry("mp4", MP4),
                    Map.entry("webm", WEBM),
                    Map.entry("zip", ZIP),
                    Map.entry("txt", TEXT),
                    Map.entry("md", MARKDOWN),
                    Map.entry("markdown", MARKDOWN),
                    Map.entry("csv", CSV));

    private final String mediaType;
    private final Set<String> detectable;
    private final String requiredEntry;

    FileType(String mediaType, Set<String> detectable, String requiredEntry) {
        this.mediaType = mediaType;
        this.detectable = detectable;
        this.requiredEntry = requiredEntry;
    }

    static Optional<FileType> byExtension(String extension) {
        return Optional.ofNullable(BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** The type the file is stored and served with. */
    String mediaType() {
        return mediaType;
    }

    /** Whether content detected as {@code detected} may be a file of this type. */
    boolean admits(String detected) {
        return detectable.contains(detected);
    }

    /** ZIP-based: inspected as an archive. */
    boolean isArchive() {
        return detectable.contains(ZIP_TYPE);
    }

    /** The entry a genuine file of this ZIP-based format holds, if any. */
    Optional<String> requiredEntry() {
        return Optional.ofNullable(requiredEntry);
    }
}

package org.relais.search.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The only code that touches Tika, run in its own short-lived JVM by {@link TextExtraction}: {@code
 * ExtractionChild <input> <output> <max characters> <max depth> <max entries>}. It writes to the
 * output file one line with {@code OK} or an {@link ExtractionFailure} name, then the text.
 * Everything that can go wrong inside a parser becomes one of those names; what cannot be caught (a
 * parser that loops, or one that fills the heap) is dealt with by the parent, which kills this
 * process on time-out, and by {@code -XX:+ExitOnOutOfMemoryError}.
 */
public final class ExtractionChild {
    /** Compressed formats whose text is more than this many times their size look like bombs. */
    static final long MAX_COMPRESSION_RATIO = 100;

    private ExtractionChild() {}

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        StringWriter text = new StringWriter();
        ExtractionFailure failure =
                extract(
                        input,
                        text,
                        Integer.parseInt(args[2]),
                        Integer.parseInt(args[3]),
                        Integer.parseInt(args[4]));
        Files.writeString(
                output,
                (failure == null ? "OK" : failure.name()) + "\n" + text,
                StandardCharsets.UTF_8);
        System.exit(0);
    }

    /** Parses the file into {@code text}; returns the failure, or {@code null} on success. */
    static ExtractionFailure extract(
            Path input, StringWriter text, int maxCharacters, int maxDepth, int maxEntries) {
        AutoDetectParser parser = new AutoDetectParser();
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
        config.setMaximumPackageEntryDepth(maxDepth + 1);
        parser.setAutoDetectParserConfig(config);
        ParseContext context = new ParseContext();
        BoundedEmbeddedExtractor embedded =
                new BoundedEmbeddedExtractor(context, maxDepth, maxEntries);
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        Metadata metadata = new Metadata();
        try (TikaInputStream stream = TikaInputStream.get(input, metadata)) {
            if (!supported(parser, parser.getDetector().detect(stream, metadata), context)) {
                return ExtractionFailure.UNSUPPORTED;
            }
            ContentHandler handler =
                    new BodyContentHandler(new WriteOutContentHandler(text, maxCharacters));
            parser.parse(stream, handler, metadata, context);
        } catch (ZeroByteFileException empty) {
            return null;
        } catch (Exception e) {
            return classify(e);
        } catch (OutOfMemoryError | StackOverflowError exhausted) {
            return ExtractionFailure.TOO_COMPLEX;
        }
        return embedded.exceeded ? ExtractionFailure.TOO_COMPLEX : null;
    }

    static ExtractionFailure classify(Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return ExtractionFailure.TOO_MUCH_TEXT;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return ExtractionFailure.ENCRYPTED;
            }
            if (t instanceof TikaMemoryLimitException
                    || String.valueOf(t.getMessage())
                            .toLowerCase(Locale.ROOT)
                            .contains("zip bomb")) {
                return ExtractionFailure.TOO_COMPLEX;
            }
        }
        return ExtractionFailure.MALFORMED;
    }

    /** Whether a parser exists for the detected type or one of its super-types. */
    private static boolean supported(
            AutoDetectParser parser, MediaType detected, ParseContext context) {
        Map<MediaType, Parser> parsers = parser.getParsers(context);
        MediaTypeRegistry registry = parser.getMediaTypeRegistry();
        for (MediaType type = registry.normalize(detected);
                type != null && !MediaType.OCTET_STREAM.equals(type);
                type = registry.getSupertype(type)) {
            if (parsers.containsKey(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses embedded documents (archive entries, attachments) like Tika does, but no deeper than
     * {@code maxDepth} and no more than {@code maxEntries} of them: a nested-archive bomb is then
     * cut short and reported instead of being unfolded.
     */
    static final class BoundedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {
        private final int maxDepth;
        private final int maxEntries;
        private int depth;
        private int entries;
        boolean exceeded;

        BoundedEmbeddedExtractor(ParseContext context, int maxDepth, int maxEntries) {
            super(context);
            this.maxDepth = maxDepth;
            this.maxEntries = maxEntries;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            if (depth >= maxDepth || entries >= maxEntries) {
                exceeded = true;
                return false;
            }
            return super.shouldParseEmbedded(metadata);
        }

        @Override
        public void parseEmbedded(
                InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            entries++;
            depth++;
            try {
                super.parseEmbedded(stream, handler, metadata, outputHtml);
            } finally {
                depth--;
            }
        }
    }
}

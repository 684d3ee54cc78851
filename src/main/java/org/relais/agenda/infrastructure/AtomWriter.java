package org.relais.agenda.infrastructure;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.relais.agenda.application.EventView;
import org.relais.agenda.domain.Event;
import org.relais.platform.i18n.DateText;

/** Writes an Atom (RFC 4287) feed of events with the JDK's StAX writer, which escapes the text. */
public final class AtomWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    /** One entry: the event and the time it takes place (the next occurrence for a series). */
    public record Entry(EventView event, OffsetDateTime start) {}

    private AtomWriter() {}

    public static String write(
            String title,
            String selfPath,
            List<Entry> entries,
            String baseUrl,
            OffsetDateTime now) {
        StringWriter out = new StringWriter();
        try {
            // The JDK's own writer: newFactory() would search every jar of the application for
            // another implementation at each feed request.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "fr");
            element(xml, "id", baseUrl + selfPath);
            element(xml, "title", title);
            OffsetDateTime updated =
                    entries.stream()
                            .map(e -> e.event().updatedAt())
                            .max(OffsetDateTime::compareTo)
                            .orElse(now);
            element(xml, "updated", updated.withOffsetSameInstant(ZoneOffset.UTC).toString());
            link(xml, "self", baseUrl + selfPath, "application/atom+xml");
            link(xml, "alternate", baseUrl + "/agenda", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Relais");
            xml.writeEndElement();
            for (Entry entry : entries) {
                entry(xml, entry, baseUrl);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, Entry entry, String baseUrl)
            throws XMLStreamException {
        EventView e = entry.event();
        String page = baseUrl + "/agenda/evenements/" + e.id();
        var start = entry.start().atZoneSameInstant(Event.ZONE);
        String when = DateText.format(e.allDay() ? DAY : WHEN, start);
        xml.writeStartElement("entry");
        element(xml, "id", "urn:relais:event:" + e.uid() + ":" + start.toInstant());
        element(xml, "title", (e.cancelled() ? "Annulé : " : "") + e.title() + " — " + when);
        element(xml, "updated", e.updatedAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
        element(xml, "published", e.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
        link(xml, "alternate", page, "text/html");
        for (String tag : e.tags()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", tag);
            // RFC 4287 §4.2.2.3: the human-readable words of the category
            xml.writeAttribute("label", e.tagLabels().getOrDefault(tag, tag));
        }
        StringBuilder summary = new StringBuilder(when);
        if (e.where() != null) {
            summary.append(", ").append(e.where());
        }
        if (e.online()) {
            summary.append(e.where() != null ? ", et en ligne" : ", en ligne");
        }
        element(xml, "summary", summary.toString());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(e.descriptionHtml());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}

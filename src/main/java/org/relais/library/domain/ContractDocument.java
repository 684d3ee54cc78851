package org.relais.library.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.relais.platform.security.Sha256;

/**
 * A usage contract or a specific authorisation: what was agreed for one declared use of one exact
 * version of a kit. Its texts are already rendered (in French): the document is what the parties
 * read, and it never changes once issued.
 *
 * <p><b>Canonical form</b> ({@link #canonicalForm()}), the text stored and fingerprinted:
 *
 * <ul>
 *   <li>UTF-8, every text in Unicode NFC, line ends inside texts normalised to LF;
 *   <li>one {@code key=value} line per field, lines sorted by key (Java string order), each line
 *       ended by LF, the first key being {@code format=relais-contract-1};
 *   <li>in values, a backslash is written {@code \\} and a line feed {@code \n}; other control
 *       characters are dropped;
 *   <li>list items are keyed {@code name.000}, {@code name.001}…; files as {@code files.000.name},
 *       {@code files.000.sha256}; parties as {@code parties.000.role}…;
 *   <li>absent values (no period, no acceptance, no conditions) have no line; dates are ISO-8601,
 *       the issue time in UTC to the second.
 * </ul>
 *
 * {@link #fingerprint()} is the lower-case hex SHA-256 of that text. {@link #parse(String)} reads
 * it back, so the page and the PDF are rendered from exactly what was fingerprinted.
 */
public record ContractDocument(
        String number,
        Kind kind,
        Instant issuedAt,
        List<Party> parties,
        long kitId,
        String kitTitle,
        int versionNumber,
        List<ContractFile> files,
        String licenceId,
        String licenceName,
        String legalCodeUrl,
        List<String> declaredUse,
        List<String> permitted,
        List<String> obligations,
        List<String> notCovered,
        String attribution,
        String authorConditions,
        LocalDate periodFrom,
        LocalDate periodTo,
        Acceptance acceptance) {

    public static final String FORMAT = "relais-contract-1";

    public enum Kind {
        USAGE_CONTRACT,
        SPECIFIC_AUTHORISATION;

        public String messageKey() {
            return "contract.kind." + name();
        }
    }

    /** A party: the author (licensor) or the user (licensee). */
    public record Party(Role role, String name, Requester.Kind kind, boolean publicBody) {
        public enum Role {
            AUTHOR,
            USER
        }

        public Party {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(kind, "kind");
            name = text(Objects.requireNonNull(name, "name"));
        }
    }

    /** One file of the exact version, by name and SHA-256. */
    public record ContractFile(String name, String sha256) {
        public ContractFile {
            name = text(Objects.requireNonNull(name, "name"));
            sha256 = Objects.requireNonNull(sha256, "sha256").toLowerCase(Locale.ROOT);
        }
    }

    /** The author's acceptance that signs a specific authorisation. */
    public record Acceptance(String by, Instant at) {
        public Acceptance {
            by = text(Objects.requireNonNull(by, "by"));
            at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.SECONDS);
        }
    }

    public ContractDocument {
        if (!ContractNumber.isWellFormed(number)) {
            throw new IllegalArgumentException("bad contract number: " + number);
        }
        Objects.requireNonNull(kind, "kind");
        issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
        parties = List.copyOf(parties);
        kitTitle = text(Objects.requireNonNull(kitTitle, "kitTitle"));
        files = List.copyOf(files);
        licenceId = text(Objects.requireNonNull(licenceId, "licenceId"));
        licenceName = text(Objects.requireNonNull(licenceName, "licenceName"));
        legalCodeUrl = legalCodeUrl == null ? "" : text(legalCodeUrl);
        declaredUse = texts(declaredUse);
        permitted = texts(permitted);
        obligations = texts(obligations);
        notCovered = texts(notCovered);
        attribution = text(Objects.requireNonNull(attribution, "attribution"));
        authorConditions =
                authorConditions == null || authorConditions.isBlank()
                        ? null
                        : text(authorConditions);
        if (kind == Kind.SPECIFIC_AUTHORISATION && acceptance == null) {
            throw new IllegalArgumentException(
                    "a specific authorisation needs the author's acceptance");
        }
    }

    /** The stable text described in the class comment. */
    public String canonicalForm() {
        Map<String, String> fields = new TreeMap<>();
        fields.put("format", FORMAT);
        fields.put("number", number);
        fields.put("kind", kind.name());
        fields.put("issuedAt", issuedAt.toString());
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            String prefix = item("parties", i) + ".";
            fields.put(prefix + "role", p.role().name());
            fields.put(prefix + "name", p.name());
            fields.put(prefix + "kind", p.kind().name());
            fields.put(prefix + "publicBody", Boolean.toString(p.publicBody()));
        }
        fields.put("kit.id", Long.toString(kitId));
        fields.put("kit.title", kitTitle);
        fields.put("kit.version", Integer.toString(versionNumber));
        for (int i = 0; i < files.size(); i++) {
            fields.put(item("files", i) + ".name", files.get(i).name());
            fields.put(item("files", i) + ".sha256", files.get(i).sha256());
        }
        fields.put("licence.id", licenceId);
        fields.put("licence.name", licenceName);
        fields.put("licence.legalCode", legalCodeUrl);
        putList(fields, "declaredUse", declaredUse);
        putList(fields, "permitted", permitted);
        putList(fields, "obligations", obligations);
        putList(fields, "notCovered", notCovered);
        fields.put("attribution", attribution);
        putIfPresent(fields, "authorConditions", authorConditions);
        putIfPresent(fields, "period.from", periodFrom);
        putIfPresent(fields, "period.to", periodTo);
        if (acceptance != null) {
            fields.put("acceptance.by", acceptance.by());
            fields.put("acceptance.at", acceptance.at().toString());
        }
        StringBuilder out = new StringBuilder();
        fields.forEach(
                (key, value) -> out.append(key).append('=').append(escape(value)).append('\n'));
        return out.toString();
    }

    /** Lower-case hex SHA-256 of the UTF-8 canonical form. */
    public String fingerprint() {
        return sha256(canonicalForm());
    }

    public static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** Reads a canonical form back; {@link IllegalArgumentException} when it is not one. */
    public static ContractDocument parse(String canonical) {
        Map<String, String> f = new TreeMap<>();
        for (String line : canonical.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not a canonical contract line: " + line);
            }
            f.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
        }
        if (!FORMAT.equals(f.get("format"))) {
            throw new IllegalArgumentException("unknown contract format: " + f.get("format"));
        }
        List<Party> parties = new ArrayList<>();
        for (int i = 0; f.containsKey(item("parties", i) + ".role"); i++) {
            String prefix = item("parties", i) + ".";
            parties.add(
                    new Party(
                            Party.Role.valueOf(f.get(prefix + "role")),
                            f.get(prefix + "name"),
                            Requester.Kind.valueOf(f.get(prefix + "kind")),
                            Boolean.parseBoolean(f.get(prefix + "publicBody"))));
        }
        List<ContractFile> files = new ArrayList<>();
        for (int i = 0; f.containsKey(item("files", i) + ".name"); i++) {
            files.add(
                    new ContractFile(
                            f.get(item("files", i) + ".name"),
                            f.get(item("files", i) + ".sha256")));
        }
        Acceptance acceptance =
                f.containsKey("acceptance.by")
                        ? new Acceptance(
                                f.get("acceptance.by"), Instant.parse(f.get("acceptance.at")))
                        : null;
        return new ContractDocument(
                f.get("number"),
                Kind.valueOf(f.get("kind")),
                Instant.parse(f.get("issuedAt")),
                parties,
                Long.parseLong(f.get("kit.id")),
                f.get("kit.title"),
                Integer.parseInt(f.get("kit.version")),
                files,
                f.get("licence.id"),
                f.get("licence.name"),
                f.get("licence.legalCode"),
                list(f, "declaredUse"),
                list(f, "permitted"),
                list(f, "obligations"),
                list(f, "notCovered"),
                f.get("attribution"),
                f.get("authorConditions"),
                f.containsKey("period.from") ? LocalDate.parse(f.get("period.from")) : null,
                f.containsKey("period.to") ? LocalDate.parse(f.get("period.to")) : null,
                acceptance);
    }

    public Party party(Party.Role role) {
        return parties.stream()
                .filter(p -> p.role() == role)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + role + " party"));
    }

    private static String item(String name, int index) {
        if (index > 999) {
            throw new IllegalArgumentException("too many " + name);
        }
        return String.format("%s.%03d", name, index);
    }

    private static void putList(Map<String, String> fields, String name, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            fields.put(item(name, i), values.get(i));
        }
    }

    private static void putIfPresent(Map<String, String> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value.toString());
        }
    }

    private static List<String> list(Map<String, String> f, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; f.containsKey(item(name, i)); i++) {
            values.add(f.get(item(name, i)));
        }
        return values;
    }

    /** NFC, LF line ends, no other control character, no surrounding blanks. */
    static String text(String value) {
        String normalised =
                Normalizer.normalize(
                        value.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised
                .codePoints()
                .filter(c -> c == '\n' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    private static List<String> texts(List<String> values) {
        return values.stream().map(ContractDocument::text).toList();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

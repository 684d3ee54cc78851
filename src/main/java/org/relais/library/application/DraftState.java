package org.relais.library.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.Origin;
import org.relais.platform.upload.InspectedFile;

/**
 * What a guided deposit has gathered so far, stored as JSON in its draft between steps. Mutable
 * (JSON-B fills it field by field); {@link #command()} turns it into the deposit command that the
 * API also uses, so publishing a draft runs exactly the checks of a direct deposit.
 */
public class DraftState {
    public String title = "";
    public String summary = "";
    public String description = "";
    public String audience = "";
    public Integer durationMinutes;
    public String level = "";
    public List<String> tags = new ArrayList<>();
    public List<String> places = new ArrayList<>();
    public List<DraftLink> links = new ArrayList<>();
    public String changes = "";
    public List<DraftFile> files = new ArrayList<>();
    public String originKind;
    public String names = "";
    public boolean agreementConfirmed;
    public String existingPermission = "";
    public String aiTool = "";
    public String aiPart = "";
    public String publicDomainReason = "";
    public List<Long> sources = new ArrayList<>();
    public String licenceId;
    public boolean publicBody;
    public Map<String, String> grants = new LinkedHashMap<>();
    public boolean declarationAccepted;

    /**
     * For a new version, the {@link KitView#revision()} of the kit it was started from, so that a
     * version published meanwhile is not replaced unseen; empty for a new kit.
     */
    public String revision = "";

    /** The furthest step completed, 0 to 5, so the summary is reached only through every step. */
    public int reached;

    public static class DraftLink {
        public String url = "";
        public String label = "";

        public DraftLink() {}

        public DraftLink(String url, String label) {
            this.url = url;
            this.label = label;
        }
    }

    public static class DraftFile {
        public String name;
        public String mediaType;
        public long size;
        public String sha256;

        public DraftFile() {}

        public DraftFile(InspectedFile file) {
            this.name = file.fileName();
            this.mediaType = file.mediaType();
            this.size = file.size();
            this.sha256 = file.sha256();
        }

        public InspectedFile inspected() {
            return new InspectedFile(name, mediaType, size, sha256);
        }
    }

    public Origin origin() {
        if (originKind == null) {
            return null;
        }
        return new Origin(
                Origin.Kind.valueOf(originKind),
                names,
                agreementConfirmed,
                existingPermission,
                aiTool,
                aiPart,
                publicDomainReason,
                sources);
    }

    public void origin(Origin origin) {
        originKind = origin.kind().name();
        names = orEmpty(origin.names());
        agreementConfirmed = origin.agreementConfirmed();
        existingPermission = orEmpty(origin.existingPermission());
        aiTool = orEmpty(origin.aiTool());
        aiPart = orEmpty(origin.aiPart());
        publicDomainReason = orEmpty(origin.publicDomainReason());
        sources = new ArrayList<>(origin.sources());
    }

    /** The sources as the origin step's field shows them. */
    public String sourcesText() {
        return String.join(", ", sources.stream().map(String::valueOf).toList());
    }

    public ExtraGrants extraGrants() {
        Map<FieldOfUse, GrantAnswer> answers = new LinkedHashMap<>();
        grants.forEach((f, a) -> answers.put(FieldOfUse.valueOf(f), GrantAnswer.valueOf(a)));
        return ExtraGrants.of(answers);
    }

    public List<InspectedFile> inspectedFiles() {
        return files.stream().map(DraftFile::inspected).toList();
    }

    public DepositKit command() {
        return new DepositKit(
                title,
                summary,
                description,
                audience,
                durationMinutes,
                level,
                tags,
                places,
                links.stream().map(l -> new DepositKit.NewLink(l.url, l.label)).toList(),
                origin(),
                licenceId,
                extraGrants(),
                publicBody,
                declarationAccepted,
                changes);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

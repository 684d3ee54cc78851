package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.upload.FileStore;
import org.relais.platform.upload.InspectedFile;
import org.relais.platform.upload.UploadInspector;

/**
 * Accepts the files of a kit version all or nothing: every file is inspected (size, type from the
 * content, archive rules) and the version's total checked before the first byte is stored, so a
 * refused file leaves nothing behind. Stored files are content-addressed: the same bytes deposited
 * twice are kept once.
 */
@ApplicationScoped
public class KitFiles {
    @Inject UploadInspector inspector;
    @Inject FileStore store;

    /**
     * Inspects the uploads, then stores them.
     *
     * @param carried files of the previous version kept in the new one (already stored)
     * @return the carried files followed by the new ones
     * @throws org.relais.platform.upload.UploadRefused naming the first refused file
     */
    public List<InspectedFile> accept(List<Upload> uploads, List<InspectedFile> carried) {
        List<InspectedFile> all = new ArrayList<>(carried);
        List<InspectedFile> inspected = new ArrayList<>();
        for (Upload upload : uploads) {
            inspected.add(inspector.inspect(upload.fileName(), upload.temporaryFile()));
        }
        all.addAll(inspected);
        checkNames(all);
        inspector.checkKitSize(all);
        for (int i = 0; i < uploads.size(); i++) {
            store.store(uploads.get(i).temporaryFile());
        }
        return all;
    }

    /** Two files of one version cannot have the same name: a download names the file. */
    private static void checkNames(List<InspectedFile> files) {
        Set<String> names = new HashSet<>();
        for (InspectedFile file : files) {
            if (!names.add(file.fileName().toLowerCase(java.util.Locale.ROOT))) {
                throw RuleViolation.of("file", "library.files.duplicate-name", file.fileName());
            }
        }
    }
}

package org.relais.library.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.util.List;
import org.relais.platform.config.DataDirectory;
import org.relais.platform.upload.UploadPolicy;

/** Receives the parts of a kit's multipart request into a waiting room of the data directory. */
@ApplicationScoped
public class KitUploads {
    public static final String FILE_FIELD = "file";

    @Inject DataDirectory dataDirectory;
    @Inject UploadPolicy policy;

    public ReceivedParts receive(List<EntityPart> parts) {
        return ReceivedParts.read(
                parts, FILE_FIELD, dataDirectory.resolve("uploads-waiting"), policy.maxFileBytes());
    }
}

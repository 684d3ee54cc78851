package org.relais.directory.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.directory.application.PlaceImport;
import org.relais.directory.domain.PlaceCsv;
import org.relais.directory.web.CsvUpload;
import org.relais.directory.web.ImportSummary;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * For administrators: imports places from a CSV file in the national schema, as {@code POST
 * /api/v1/places/import} does, and shows what happened to each row. The form is multipart, its CSRF
 * token in the query. A file refused as a whole (none, empty, too large, not UTF-8 text, not the
 * schema's columns, malformed CSV) imports nothing and comes back beside the field.
 */
@ApplicationScoped
@Path("moderation/lieux/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Caller.ADMIN)
public class PlaceImportPages {
    /** The file input, named as the importer names the errors that concern the whole file. */
    static final String FILE_FIELD = PlaceCsv.FILE_FIELD;

    @Inject PlaceImport importer;
    @Inject Messages messages;
    @Inject RequestLocale locale;
    @Inject FormErrors formErrors;

    @Inject
    @ConfigProperty(name = CsvUpload.MAX_BYTES, defaultValue = CsvUpload.DEFAULT_MAX_BYTES)
    long maxBytes;

    @GET
    public View form() {
        return View.of("directory/import")
                .with("maxMegabytes", Math.max(1, maxBytes / (1024 * 1024)))
                .with("report", null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(List<EntityPart> parts) throws IOException {
        try {
            CsvUpload file = CsvUpload.read(parts, FILE_FIELD, maxBytes);
            ImportSummary report =
                    ImportSummary.of(importer.importCsv(file.reader()), messages, locale.get());
            return Response.ok(form().with("report", report).with("fileName", file.fileName()))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(form(), violation);
        }
    }
}

package org.relais.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;
import org.relais.testing.SchemaCheck;

/** An administrator imports places from a CSV file through the page, without the API. */
@ExtendWith(RelaisServer.class)
class PlaceImportPagesIT {
    private static final String PAGE = "/moderation/lieux/import";

    @RelaisServer.Base URL base;

    /** One login for the class: the administrator's logins are rate-limited for the whole run. */
    private static PageClient admin;

    private PageClient admin() {
        synchronized (PlaceImportPagesIT.class) {
            if (admin == null) {
                admin = PageClient.loggedIn(base, Member.firstAdmin());
            }
            return admin;
        }
    }

    /** A file of the given rows (from {@link DirectoryApiIT#row}) under the schema's header. */
    private static byte[] csv(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", SchemaCheck.load().columns()));
        rows.forEach(r -> csv.append("\r\n").append(String.join(",", r)));
        return csv.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Posts the page's form as a browser does: the CSRF token in its action, the file as a part.
     */
    private static Page upload(PageClient browser, Page form, Map<String, byte[]> file) {
        String action = form.document().select("form[enctype=multipart/form-data]").attr("action");
        assertTrue(action.startsWith(PAGE + "?_csrf="), action);
        return browser.postMultipart(action, Map.of(), "file", file);
    }

    private void assertNoPlace(String id) {
        new Api(base).anonymous().get("/api/v1/places/" + id).then().statusCode(404);
    }

    @Test
    void anAdministratorImportsACsvAndReadsTheReportRowByRow() {
        String run = Long.toString(System.nanoTime());
        Page moderation = admin().get("/moderation/lieux");
        assertEquals(1, moderation.document().select("main a[href=" + PAGE + "]").size());
        Page form = admin().get(PAGE);
        assertEquals(200, form.status());
        Element input = form.document().selectFirst("input[type=file][name=file]");
        assertEquals(".csv,text/csv", input.attr("accept"));
        assertEquals("file-hint", input.attr("aria-describedby"));
        assertEquals(1, form.document().select("label[for=file]").size());
        assertTrue(
                form.document().select("#file-hint a[href=/opendata/lieux.csv]").size() == 1,
                "the hint links to an example file");

        Page report =
                upload(
                        admin(),
                        form,
                        Map.of(
                                "lieux.csv",
                                csv(
                                        List.of(
                                                DirectoryApiIT.row(run + "-a", "35000"),
                                                DirectoryApiIT.row(run + "-b", "ABCDE"),
                                                DirectoryApiIT.row(run + "-c", "35000")))));
        assertEquals(200, report.status(), report.text());
        assertEquals("2", report.document().select("#import-created").text());
        assertEquals("0", report.document().select("#import-updated").text());
        assertEquals("1", report.document().select("#import-rejected").text());
        assertTrue(report.text().contains("Résultat de l’import de « lieux.csv »"));

        Element table = report.document().selectFirst("table.table--import");
        assertEquals("Détail des 3 lignes du fichier", table.selectFirst("caption").text());
        assertEquals(4, table.select("thead th[scope=col]").size());
        assertEquals(3, table.select("tbody th[scope=row]").size());
        assertEquals(
                table.select("th").size(),
                table.select("th[scope]").size(),
                "every header cell says what it heads");
        Element rejected = table.select("tbody tr").get(1);
        assertEquals("3", rejected.selectFirst("th").text(), "the header is line 1");
        assertTrue(rejected.text().contains("refusé"), rejected.text());
        assertTrue(rejected.text().contains("code_postal"), rejected.text());
        assertTrue(rejected.text().contains("n’a pas le format attendu"), rejected.text());
        assertTrue(rejected.select("a").isEmpty(), "a rejected row has no page");
        Element created = table.select("tbody tr").get(0);
        assertEquals("créé", created.select("td").get(0).text());
        assertEquals(
                "/lieux/lot-" + run + "-a",
                created.selectFirst("a").attr("href"),
                "a created place links to its page");
        assertEquals("Lot " + run + "-a", created.selectFirst("a").text());

        Api api = new Api(base);
        api.anonymous().get("/api/v1/places/lot-" + run + "-a").then().statusCode(200);
        api.anonymous().get("/api/v1/places/lot-" + run + "-c").then().statusCode(200);
        assertNoPlace("lot-" + run + "-b");

        Page again =
                upload(
                        admin(),
                        report,
                        Map.of("lieux.csv", csv(List.of(DirectoryApiIT.row(run + "-a", "35000")))));
        assertEquals("1", again.document().select("#import-updated").text());
        assertEquals("mis à jour", again.document().select("tbody td").get(0).text());
    }

    @Test
    void aFileRefusedAsAWholeComesBackBesideTheFieldAndImportsNothing() {
        String run = Long.toString(System.nanoTime());
        Page form = admin().get(PAGE);

        Page none = upload(admin(), form, Map.of("", new byte[0]));
        assertEquals(422, none.status(), "a browser sends the field without a file name");
        assertFieldError(none, "Choisissez le fichier CSV à importer.");

        Page empty = upload(admin(), form, Map.of("vide.csv", new byte[0]));
        assertEquals(422, empty.status());
        assertFieldError(empty, "Le fichier « vide.csv » est vide.");

        byte[] latin1 =
                new String(
                                csv(List.of(DirectoryApiIT.row(run + "-latin", "35000"))),
                                StandardCharsets.UTF_8)
                        .getBytes(StandardCharsets.ISO_8859_1);
        Page notUtf8 = upload(admin(), form, Map.of("excel.csv", latin1));
        assertEquals(422, notUtf8.status());
        assertFieldError(notUtf8, "n’est pas encodé en UTF-8 (premier caractère illisible");
        assertNoPlace("lot-" + run + "-latin");

        Page binary = upload(admin(), form, Map.of("lieux.xlsx", new byte[] {'P', 'K', 3, 4, 0}));
        assertEquals(422, binary.status());
        assertFieldError(binary, "« lieux.xlsx » n’est pas un fichier CSV");

        Page wrongColumns =
                upload(
                        admin(),
                        form,
                        Map.of(
                                "autre.csv",
                                "nom,ville\r\nEPN,Rennes\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, wrongColumns.status());
        assertFieldError(wrongColumns, "ne contient pas les colonnes obligatoires");

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        Page tooLarge = upload(admin(), form, Map.of("gros.csv", large));
        assertEquals(413, tooLarge.status());
        assertFieldError(tooLarge, "« gros.csv » dépasse la taille autorisée (5 Mo");
    }

    private static void assertFieldError(Page page, String message) {
        Element error = page.document().selectFirst("#file-error");
        assertTrue(error != null && error.text().contains(message), page.text());
        Element input = page.document().selectFirst("input[type=file][name=file]");
        assertEquals("true", input.attr("aria-invalid"));
        assertEquals("file-hint file-error", input.attr("aria-describedby"));
        assertTrue(page.document().select("table").isEmpty(), "no report");
    }

    @Test
    void onlyAdministratorsImportAndEveryUploadCarriesTheToken() {
        String run = Long.toString(System.nanoTime());
        byte[] file = csv(List.of(DirectoryApiIT.row(run + "-forged", "35000")));

        PageClient visitor = new PageClient(base);
        Page anonymous = visitor.get(PAGE);
        assertEquals(303, anonymous.status());
        assertTrue(
                anonymous.location().contains("/connexion?retour=%2Fmoderation%2Flieux%2Fimport"),
                anonymous.location());

        Member member = new Api(base).newMember("Lucie Garnier");
        PageClient memberBrowser = PageClient.loggedIn(base, member);
        assertEquals(403, memberBrowser.get(PAGE).status());
        String token =
                memberBrowser
                        .get("/profil")
                        .document()
                        .select("form[action=/deconnexion] input[name=_csrf]")
                        .attr("value");
        assertEquals(
                403,
                memberBrowser
                        .postMultipart(
                                PAGE + "?_csrf=" + token, Map.of(), "file", Map.of("l.csv", file))
                        .status(),
                "a member with a valid token is still refused");

        assertEquals(
                403,
                admin().postMultipart(PAGE, Map.of(), "file", Map.of("l.csv", file)).status(),
                "without its token the upload is refused");
        assertNoPlace("lot-" + run + "-forged");
    }
}

package org.relais.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.EditConflictSteps;
import org.relais.testing.Outbox;
import org.relais.testing.RelaisServer;
import org.relais.testing.SchemaCheck;

/** The directory through its JSON API and open-data files, on H2 and PostgreSQL. */
@ExtendWith(RelaisServer.class)
public class DirectoryApiIT {
    static final List<String> CRITERIA =
            List.of("M1", "M2", "ACC-1", "CUL-2", "SPU-1", "LIB-1", "DEV-3");

    /** The import's body, in the schema's encoding. */
    static final String CSV = "text/csv; charset=UTF-8";

    @RelaisServer.Base URL base;

    /** A valid place in Rennes, as a manager would send it. */
    public static Map<String, Object> aPlace(String nom) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("pivot", "12345678900011");
        place.put("nom", nom);
        place.put("commune", "Rennes");
        place.put("code_postal", "35000");
        place.put("code_insee", "35238");
        place.put("adresse", "3 rue de la Paix " + System.nanoTime());
        place.put("latitude", 48.1113);
        place.put("longitude", -1.6800);
        place.put("typologie", List.of("ASSO"));
        place.put("telephone", "+33299000000");
        place.put("courriels", List.of("contact@epn.exemple.fr"));
        place.put("horaires", "Mo-Fr 09:00-12:00,14:00-18:00");
        place.put("presentation_resume", "Ateliers smartphone et aide aux démarches en ligne.");
        place.put(
                "services",
                List.of(
                        "Aide aux démarches administratives",
                        "Maîtrise des outils numériques du quotidien"));
        place.put("publics_specifiquement_adresses", List.of("Seniors"));
        place.put("frais_a_charge", List.of("Gratuit"));
        place.put("charterAccepted", true);
        place.put("criteria", CRITERIA);
        return place;
    }

    /** The member creates the place through the API; its id. */
    public static String createPlace(Api api, Member member, Map<String, Object> place) {
        return api.as(member)
                .body(place)
                .post("/api/v1/places")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aMemberDescribesAPlaceAfterAcceptingTheCharter() {
        Api api = new Api(base);
        Member manager = api.newMember("Camille Lefèvre");
        String id =
                api.as(manager)
                        .body(aPlace("Espace numérique du Colombier"))
                        .post("/api/v1/places")
                        .then()
                        .statusCode(201)
                        .header("Location", containsString("/api/v1/places/"))
                        .body("nom", equalTo("Espace numérique du Colombier"))
                        .body("code_postal", equalTo("35000"))
                        .body("services", hasItem("Aide aux démarches administratives"))
                        .body("charterAccepted", equalTo(true))
                        .body("criteria", hasItems("M1", "M2", "ACC-1"))
                        .body("date_maj", equalTo(LocalDate.now().toString()))
                        .body("departement", equalTo("Ille-et-Vilaine"))
                        .body("people.displayName", hasItem("Camille Lefèvre"))
                        .extract()
                        .path("id");
        api.anonymous()
                .get("/api/v1/places/" + id)
                .then()
                .statusCode(200)
                .body("membership.state", equalTo("CURRENT"));
    }

    @Test
    void theCharterAndTheSchemaAreEnforcedAndNothingIsCreated() {
        Api api = new Api(base);
        Member member = api.newMember("Karim Benali");
        Map<String, Object> fewCriteria = aPlace("FabLab sans critères");
        fewCriteria.put("criteria", List.of("M1", "M2", "ACC-1"));
        api.as(member)
                .body(fewCriteria)
                .post("/api/v1/places")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("criteria"));

        Map<String, Object> notAccepted = aPlace("FabLab sans charte");
        notAccepted.put("charterAccepted", false);
        api.as(member)
                .body(notAccepted)
                .post("/api/v1/places")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("charterAccepted"));

        Map<String, Object> badFields = aPlace("FabLab mal renseigné");
        badFields.put("code_postal", "3500");
        badFields.put("telephone", "0299000000");
        badFields.put("services", List.of("Cours de cuisine"));
        api.as(member)
                .body(badFields)
                .post("/api/v1/places")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("code_postal", "telephone", "services"))
                .body("errors.message", hasItem(containsString("Code postal")));

        api.anonymous()
                .get("/api/v1/places?q=FabLab mal")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        api.anonymous().body(aPlace("Anonyme")).post("/api/v1/places").then().statusCode(401);
    }

    @Test
    void placesAreFoundNearATownSortedByDistance() {
        Api api = new Api(base);
        Member member = api.newMember("Thomas Girard");
        Map<String, Object> near = aPlace("Médiathèque du centre " + System.nanoTime());
        createPlace(api, member, near);
        Map<String, Object> farther = aPlace("EPN de Cesson " + System.nanoTime());
        farther.put("latitude", 48.1210);
        farther.put("longitude", -1.6030);
        farther.put("commune", "Cesson-Sévigné");
        farther.put("code_postal", "35510");
        farther.put("code_insee", "35051");
        createPlace(api, member, farther);
        Map<String, Object> lyon = aPlace("Tiers-lieu lyonnais " + System.nanoTime());
        lyon.put("latitude", 45.76);
        lyon.put("longitude", 4.84);
        createPlace(api, member, lyon);

        List<Map<String, Object>> items =
                api.anonymous()
                        .get("/api/v1/places?near=Rennes&radiusKm=15&size=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
        List<String> names = items.stream().map(i -> (String) i.get("nom")).toList();
        assertTrue(
                names.contains(near.get("nom")) && names.contains(farther.get("nom")),
                names.toString());
        assertTrue(!names.contains(lyon.get("nom")), "Lyon is not near Rennes");
        List<Double> distances = new ArrayList<>();
        items.forEach(i -> distances.add(((Number) i.get("distanceKm")).doubleValue()));
        List<Double> sorted = new ArrayList<>(distances);
        sorted.sort(Double::compare);
        assertEquals(sorted, distances, "nearest first");

        api.anonymous()
                .get("/api/v1/places?near=48.11,-1.68&radiusKm=2&size=100")
                .then()
                .statusCode(200)
                .body("items.nom", hasItem(near.get("nom")));
        api.anonymous()
                .get("/api/v1/places?departement=35&q=" + near.get("nom"))
                .then()
                .statusCode(200)
                .body("items.nom", hasItem(near.get("nom")))
                .body("items[0].departement", equalTo("Ille-et-Vilaine"));
        api.anonymous()
                .get("/api/v1/places?departement=69&q=" + near.get("nom"))
                .then()
                .body("total", equalTo(0));
        api.anonymous()
                .get("/api/v1/places?near=Atlantide")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("near"));
        api.anonymous()
                .get("/api/v1/places?near=Rennes&radiusKm=-3")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("radiusKm"));
        for (String filter : List.of("service", "public", "region", "departement")) {
            api.anonymous()
                    .get("/api/v1/places?" + filter + "=bogus")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(filter))
                    .body("errors.message", hasItem(containsString("« bogus »")));
        }
        api.anonymous()
                .get(
                        "/api/v1/places?service=Aide aux démarches administratives&public=Seniors&size=100")
                .then()
                .statusCode(200)
                .body("items.nom", hasItem(near.get("nom")));
    }

    @Test
    void anUpdateFromAnOlderRevisionIsRefusedInsteadOfErasingTheUpdateMadeMeanwhile() {
        Api api = new Api(base);
        Member manager = api.newMember("Nadia Lefèvre");
        String path = "/api/v1/places/" + createPlace(api, manager, aPlace("Tiers-lieu du Canal"));
        String seen = api.anonymous().get(path).then().statusCode(200).extract().path("revision");

        api.asAdmin()
                .body(Map.of("horaires", "Tu-Sa 10:00-18:00", "revision", seen))
                .patch(path)
                .then()
                .statusCode(200);
        EditConflictSteps.refusedAsStale(
                api.as(manager)
                        .body(Map.of("nom", "Tiers-lieu du Canal Saint-Martin", "revision", seen))
                        .patch(path));
        String current =
                api.anonymous()
                        .get(path)
                        .then()
                        .body("nom", equalTo("Tiers-lieu du Canal"))
                        .body("horaires", equalTo("Tu-Sa 10:00-18:00"))
                        .body("revision", not(equalTo(seen)))
                        .extract()
                        .path("revision");

        api.as(manager)
                .body(Map.of("nom", "Tiers-lieu du Canal Saint-Martin", "revision", current))
                .patch(path)
                .then()
                .statusCode(200)
                .body("nom", equalTo("Tiers-lieu du Canal Saint-Martin"))
                .body("horaires", equalTo("Tu-Sa 10:00-18:00"));
        api.as(manager)
                .body(Map.of("presentation_resume", "Sans révision : écrase, comme avant."))
                .patch(path)
                .then()
                .statusCode(200)
                .body("presentation_resume", equalTo("Sans révision : écrase, comme avant."));
    }

    @Test
    void onlyManagersEditAndMembersAreListedOnceConfirmed() {
        Api api = new Api(base);
        Member manager = api.newMember("Sophie Martin");
        Member colleague = api.newMember("Julien Roux");
        api.as(colleague)
                .body(Map.of("skills", List.of("Logiciels libres")))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        String id = createPlace(api, manager, aPlace("Médiathèque des Trois Ponts"));

        api.as(colleague)
                .body(Map.of("nom", "Piraté"))
                .patch("/api/v1/places/" + id)
                .then()
                .statusCode(403);
        api.as(manager)
                .body(Map.of("nom", "Médiathèque des Trois Ponts — espace numérique"))
                .patch("/api/v1/places/" + id)
                .then()
                .statusCode(200)
                .body("nom", equalTo("Médiathèque des Trois Ponts — espace numérique"))
                .body("services", hasItem("Aide aux démarches administratives"));

        api.as(colleague).post("/api/v1/places/" + id + "/members").then().statusCode(202);
        api.as(colleague).post("/api/v1/places/" + id + "/members").then().statusCode(409);
        api.anonymous()
                .get("/api/v1/places/" + id)
                .then()
                .body("people.displayName", not(hasItem("Julien Roux")));
        api.as(colleague)
                .post("/api/v1/places/" + id + "/members/" + colleague.id() + "/confirmation")
                .then()
                .statusCode(403);
        api.as(manager)
                .post("/api/v1/places/" + id + "/members/" + colleague.id() + "/confirmation")
                .then()
                .statusCode(204);
        api.anonymous()
                .get("/api/v1/places/" + id)
                .then()
                .body("people.displayName", hasItem("Julien Roux"))
                .body(
                        "people.find { it.displayName == 'Julien Roux' }.skills",
                        hasItem("logiciels-libres"));
    }

    @Test
    void aMembersExportHoldsThePlacesTheyManageOrWorkAtAndTheMembershipTheyDeclared() {
        Api api = new Api(base);
        Member manager = api.newMember("Inès Gérante");
        Member colleague = api.newMember("Hugo Collègue");
        Member stranger = api.newMember("Sans Lieu");
        String managed = "EPN géré " + System.nanoTime();
        String declared = "Tiers-lieu déclaré " + System.nanoTime();
        String managedId = createPlace(api, manager, aPlace(managed));
        String declaredId = createPlace(api, stranger, aPlace(declared));
        api.as(manager).post("/api/v1/places/" + declaredId + "/members").then().statusCode(202);
        api.as(colleague).post("/api/v1/places/" + managedId + "/members").then().statusCode(202);

        JsonPath export = api.export(manager);
        String mine = "content.directory.places.find { it.placeId == '%s' }";
        assertEquals(
                List.of(managed, declared).stream().sorted().toList(),
                export.getList("content.directory.places.name"));
        assertEquals(managed, export.getString(mine.formatted(managedId) + ".name"));
        assertEquals("MANAGER", export.getString(mine.formatted(managedId) + ".role"));
        assertTrue(export.getBoolean(mine.formatted(managedId) + ".confirmed"));
        assertEquals("Rennes", export.getString(mine.formatted(managedId) + ".commune"));
        assertEquals(
                CRITERIA.stream().sorted().toList(),
                export.getList(mine.formatted(managedId) + ".charter.criteria"));
        assertEquals(
                LocalDate.now(ZoneOffset.UTC).toString(),
                export.getString(mine.formatted(managedId) + ".charter.joinedOn"));
        assertEquals("CURRENT", export.getString(mine.formatted(managedId) + ".charter.state"));
        assertEquals("MEMBER", export.getString(mine.formatted(declaredId) + ".role"));
        assertFalse(export.getBoolean(mine.formatted(declaredId) + ".confirmed"));
        assertNull(export.get(mine.formatted(declaredId) + ".charter"));
        assertFalse(
                export.prettify().contains(colleague.displayName()),
                "the people of the member's places are not in their export");

        JsonPath theirs = api.export(colleague);
        assertEquals(List.of(managed), theirs.getList("content.directory.places.name"));
        assertEquals("MEMBER", theirs.getString("content.directory.places[0].role"));
    }

    @Test
    void theOpenDataExportFollowsTheNationalSchema() throws IOException {
        Api api = new Api(base);
        Member member = api.newMember("Élise Dubois");
        createPlace(api, member, aPlace("Pôle ressource « inclusion », Rennes"));

        String csv =
                api.anonymous()
                        .accept("text/csv")
                        .get("/opendata/lieux.csv")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/csv"))
                        .extract()
                        .asString();
        SchemaCheck schema = SchemaCheck.load();
        CSVParser parser =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(csv));
        assertEquals(schema.columns(), parser.getHeaderNames());
        List<CSVRecord> records = parser.getRecords();
        assertTrue(records.size() >= 1);
        for (CSVRecord record : records) {
            Map<String, String> row = new HashMap<>(record.toMap());
            assertEquals(
                    List.of(), schema.violations(row), "exported row " + record.getRecordNumber());
        }
        assertTrue(csv.contains("Pôle ressource « inclusion », Rennes"));

        List<Map<String, Object>> json =
                api.anonymous()
                        .get("/opendata/lieux.json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("$");
        assertEquals(records.size(), json.size());
        assertEquals(schema.columns(), new ArrayList<>(json.get(0).keySet()));
    }

    @Test
    void anAdministratorImportsPlacesRowByRow() throws IOException {
        Api api = new Api(base);
        Path example =
                Path.of(
                        "..",
                        "shared",
                        "standards",
                        "lieux-mediation-numerique",
                        "exemple-valide.csv");
        String csv =
                Files.exists(example)
                        ? Files.readString(example, StandardCharsets.UTF_8)
                        : new String(
                                getClass()
                                        .getResourceAsStream("/standards/lieux-exemple-valide.csv")
                                        .readAllBytes(),
                                StandardCharsets.UTF_8);
        String unique = csv.replace("structure-1", "import-" + System.nanoTime());

        importing(api)
                .body(unique)
                .post("/api/v1/places/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rejected", equalTo(0));
        importing(api)
                .body(unique)
                .post("/api/v1/places/import")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("created", equalTo(0));

        String[] lines = unique.split("\n", 2);
        String bad = lines[1].replace("\"51100\"", "\"511\"").replace("import-", "bad-import-");
        importing(api)
                .body(lines[0] + "\n" + bad)
                .post("/api/v1/places/import")
                .then()
                .statusCode(200)
                .body("rejected", equalTo(1))
                .body("rows[0].line", equalTo(2))
                .body("rows[0].name", equalTo("Anonymal"))
                .body("rows[0].errors.field", hasItem("code_postal"));

        Member member = api.newMember("Anne Petit");
        api.as(member)
                .contentType(CSV)
                .body(unique)
                .post("/api/v1/places/import")
                .then()
                .statusCode(403);
    }

    @Test
    void aThousandRowImportIsAppliedRowByRow() {
        Api api = new Api(base);
        StringBuilder csv =
                new StringBuilder(String.join(",", SchemaCheck.load().columns())).append('\n');
        String run = Long.toString(System.nanoTime());
        for (int i = 0; i < 1000; i++) {
            String postal = i == 500 ? "ABCDE" : "35000";
            csv.append(String.join(",", row(run + "-" + i, postal))).append('\n');
        }
        long start = System.nanoTime();
        importing(api)
                .body(csv.toString())
                .post("/api/v1/places/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(999))
                .body("rejected", equalTo(1))
                .body("rows.find { it.outcome == 'rejected' }.line", equalTo(502));
        System.out.printf("Import of 1000 rows: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        api.anonymous()
                .get("/api/v1/places?q=Lot " + run + "-999")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void anImportFileRefusedAsAWholeIsAProblemAndImportsNothing() {
        Api api = new Api(base);
        String run = Long.toString(System.nanoTime());
        String header = String.join(",", SchemaCheck.load().columns());
        int cap = 5 * 1024 * 1024;

        byte[] oneRow =
                (header + "\n" + String.join(",", row(run + "-big", "35000")) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] large = Arrays.copyOf(oneRow, cap + 1);
        Arrays.fill(large, oneRow.length, large.length, (byte) '\n');
        refused(importing(api).body(large), 413)
                .body("detail", equalTo("Le contenu envoyé dépasse la taille autorisée."))
                .body("errors.field", hasItem("file"))
                .body("errors.message", hasItem(containsString("(5 Mo par fichier)")));
        assertNoPlace(api, "lot-" + run + "-big");

        // Sent in chunks, without a Content-Length: the cap counts the bytes read.
        InputStream unannounced =
                new SequenceInputStream(
                        new ByteArrayInputStream(large),
                        new ByteArrayInputStream(new byte[64 * 1024]));
        refused(importing(api).body(unannounced), 413);

        byte[] latin1 =
                (header + "\n" + String.join(",", row(run + "-latin", "35000")) + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
        refused(importing(api).body(latin1), 422)
                .body(
                        "detail",
                        equalTo(
                                "Certaines informations sont invalides : corrigez les champs signalés."))
                .body(
                        "errors.message",
                        hasItem(
                                containsString(
                                        "n’est pas encodé en UTF-8 (premier caractère illisible à la ligne 2)")));
        assertNoPlace(api, "lot-" + run + "-latin");

        refused(importing(api).body(new byte[] {'P', 'K', 3, 4, 0}), 422)
                .body("errors.message", hasItem(containsString("n’est pas un fichier CSV")));
        refused(importing(api).body(new byte[0]), 422)
                .body("errors.message", hasItem(containsString("est vide")));
    }

    /** An import as the administrator, its body yet to give. */
    private static RequestSpecification importing(Api api) {
        return api.asAdmin().contentType(CSV);
    }

    /** Posts the import; the problem that refuses it. */
    private static ValidatableResponse refused(RequestSpecification request, int status) {
        return request.post("/api/v1/places/import")
                .then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"));
    }

    private static void assertNoPlace(Api api, String id) {
        api.anonymous().get("/api/v1/places/" + id).then().statusCode(404);
    }

    /** A row of the schema's columns for the place {@code lot-<key>}, named {@code Lot <key>}. */
    static List<String> row(String key, String postal) {
        List<String> cells = new ArrayList<>();
        for (String column : SchemaCheck.load().columns()) {
            cells.add(
                    switch (column) {
                        case "id" -> "lot-" + key;
                        case "pivot" -> "98765432100017";
                        case "nom" -> "Lot " + key;
                        case "commune" -> "Rennes";
                        case "code_postal" -> postal;
                        case "adresse" -> key + " boulevard de la Liberté";
                        case "date_maj" -> "2026-01-15";
                        case "services" -> "Accès internet et matériel informatique";
                        default -> "";
                    });
        }
        return cells;
    }

    @Test
    void moderatorsHideAndMergeDuplicatesAndFollowStalePlaces() {
        Api api = new Api(base);
        Member manager = api.newMember("Nadia Moreau");
        String kept = createPlace(api, manager, aPlace("Centre social des Lavandières"));
        String duplicate = createPlace(api, manager, aPlace("Centre social Les Lavandières"));

        api.as(manager)
                .body(Map.of("into", kept))
                .post("/api/v1/places/" + duplicate + "/merge")
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("into", kept))
                .post("/api/v1/places/" + duplicate + "/merge")
                .then()
                .statusCode(200)
                .body("id", equalTo(kept))
                .body("people.displayName", hasItem("Nadia Moreau"));
        api.anonymous().get("/api/v1/places/" + duplicate).then().statusCode(404);

        api.asAdmin().delete("/api/v1/places/" + kept).then().statusCode(204);
        api.anonymous().get("/api/v1/places/" + kept).then().statusCode(404);

        api.as(manager).get("/api/v1/places/stale").then().statusCode(403);
        api.asAdmin().get("/api/v1/places/stale").then().statusCode(200);
    }

    @Test
    void managersOfPlacesNotUpdatedFor11MonthsGetOneReminder() {
        Api api = new Api(base);
        String run = Long.toString(System.nanoTime());
        String old = LocalDate.now().minusMonths(11).minusDays(10).toString();
        StringBuilder csv =
                new StringBuilder(String.join(",", SchemaCheck.load().columns())).append('\n');
        csv.append(String.join(",", row(run, "35000")).replace("2026-01-15", old)).append('\n');
        importing(api)
                .body(csv.toString())
                .post("/api/v1/places/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        String id = "lot-" + run;
        api.anonymous()
                .get("/api/v1/places/" + id)
                .then()
                .body("membership.state", equalTo("REMINDER_DUE"));

        Member manager = api.newMember("Mamadou Diallo");
        api.as(manager).post("/api/v1/places/" + id + "/members").then().statusCode(202);
        api.asAdmin()
                .body(Map.of("role", "manager"))
                .post("/api/v1/places/" + id + "/members/" + manager.id() + "/confirmation")
                .then()
                .statusCode(204);

        api.asAdmin().post("/api/v1/places/reminders").then().statusCode(200);
        Outbox.Mail reminder = Outbox.awaitMail(manager.email(), "mise à jour");
        assertTrue(reminder.body().contains("/lieux/" + id + "/modifier"), reminder.body());
        api.anonymous()
                .get("/api/v1/places/" + id)
                .then()
                .body("membership.state", equalTo("REMINDED"));
        api.asAdmin().post("/api/v1/places/reminders").then().statusCode(200);
        assertEquals(
                1,
                Outbox.mailsTo(manager.email()).stream()
                        .filter(m -> m.subject().contains("mise à jour"))
                        .count());

        api.as(manager)
                .body(Map.of("charterAccepted", true, "criteria", CRITERIA))
                .patch("/api/v1/places/" + id)
                .then()
                .statusCode(200)
                .body("membership.state", equalTo("CURRENT"));
    }

    @Test
    void theCharterCriteriaArePublished() {
        List<Map<String, Object>> items =
                new Api(base)
                        .anonymous()
                        .get("/api/v1/charter/criteria")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
        assertEquals(42, items.size());
        assertEquals(
                2, items.stream().filter(i -> Boolean.TRUE.equals(i.get("mandatory"))).count());
        assertEquals(42, items.stream().map(i -> i.get("code")).distinct().count());
    }
}

package org.relais.newsletter;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Outbox;
import org.relais.testing.RelaisProcess;

/**
 * The newsletter against a real SMTP server (GreenMail, in this JVM) on a Relais server of its own:
 * double opt-in, unsubscribe by the API and by the one-click POST of RFC 8058, and a letter to 500
 * subscribers whose sender is killed (kill -9) half-way and resumes without mailing anyone twice.
 * Subscribers are created through the public API (subscribe, then confirm with the token of the
 * mail GreenMail received), as real readers are: about 1,000 requests, a few seconds. Addresses get
 * a domain of their own per run, so that on PostgreSQL (one database shared with the other server)
 * only this test's recipients are counted.
 */
class NewsletterIT {
    static final String API = "/api/v1/newsletter";
    static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]+)");
    static final int SUBSCRIBERS = 500;

    static GreenMail smtp;
    static RelaisProcess server;
    static String run;

    @BeforeAll
    static void startServerWithSmtp() throws IOException {
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        run = UUID.randomUUID().toString().substring(0, 8);
        Path dataDir = Files.createTempDirectory("relais-newsletter-");
        server =
                RelaisProcess.start(
                        dataDir,
                        Map.of(
                                "relais.smtp.host", "127.0.0.1",
                                "relais.smtp.port", Integer.toString(port),
                                "relais.smtp.starttls", "false",
                                "relais.newsletter.sending", "true",
                                // 25 mails a second, sent in one burst per second
                                "relais.newsletter.rate-per-minute", "1500"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aReaderConfirmsByMailThenLeavesInOneClick() throws Exception {
        String email = "lectrice@optin-" + run + ".test";
        server.anonymous()
                .body(Map.of("email", "pas-une-adresse", "topics", List.of("agenda")))
                .post(API + "/subscriptions")
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("email"));
        server.anonymous()
                .body(Map.of("email", email, "topics", List.of("meteo")))
                .post(API + "/subscriptions")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("topics"));
        server.anonymous()
                .body(Map.of("email", email, "region", "99"))
                .post(API + "/subscriptions")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("region"));
        assertEquals(0, mailsTo(email).size(), "a refused request mails nothing");

        String accepted =
                server.anonymous()
                        .body(
                                Map.of(
                                        "email",
                                        email,
                                        "topics",
                                        List.of("agenda", "kits"),
                                        "region",
                                        "53"))
                        .post(API + "/subscriptions")
                        .then()
                        .statusCode(202)
                        .extract()
                        .asString();
        MimeMessage confirmation = awaitMail(email, "Confirmez");
        assertAlternative(confirmation);
        String token = token(confirmation);

        server.anonymous()
                .body(Map.of("token", "faux-jeton"))
                .post(API + "/subscriptions/confirmation")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
        server.anonymous()
                .body(Map.of("token", token))
                .post(API + "/subscriptions/confirmation")
                .then()
                .statusCode(200)
                .body("status", equalTo("confirmed"))
                .body("region", equalTo("53"));
        server.anonymous()
                .body(Map.of("token", token))
                .post(API + "/subscriptions/confirmation")
                .then()
                .statusCode(404);

        // subscribing again answers the same and tells only the address's owner, by mail
        String again =
                server.anonymous()
                        .body(Map.of("email", email))
                        .post(API + "/subscriptions")
                        .then()
                        .statusCode(202)
                        .extract()
                        .asString();
        assertEquals(accepted, again);
        String unsubscribe = unsubscribeToken(text(awaitMail(email, "déjà")));

        // the one-click POST of a mail client: no cookie, no form token
        server.anonymous()
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/lettre/desabonnement/" + unsubscribe)
                .then()
                .statusCode(200);
        server.anonymous()
                .get("/lettre/desabonnement/" + unsubscribe)
                .then()
                .statusCode(200)
                .body(containsString("ne reçoit pas"));
        server.anonymous()
                .post(API + "/unsubscribe/" + unsubscribe)
                .then()
                .statusCode(200)
                .body("status", equalTo("unsubscribed"));
        server.anonymous().post(API + "/unsubscribe/inconnu").then().statusCode(404);
        server.anonymous()
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post("/lettre/desabonnement/inconnu")
                .then()
                .statusCode(404);
    }

    @Test
    void aLetterToFiveHundredSurvivesAKillWithoutMailingAnyoneTwice() throws Exception {
        String domain = "crash-" + run + ".test";
        List<String> readers =
                IntStream.range(0, SUBSCRIBERS)
                        .mapToObj(i -> "lecteur" + i + "@" + domain)
                        .toList();
        readers.parallelStream()
                .forEach(
                        email ->
                                server.anonymous()
                                        .body(Map.of("email", email))
                                        .post(API + "/subscriptions")
                                        .then()
                                        .statusCode(202));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> received(domain, "Confirmez").size() == SUBSCRIBERS);
        received(domain, "Confirmez").parallelStream()
                .forEach(
                        mail ->
                                server.anonymous()
                                        .body(Map.of("token", token(mail)))
                                        .post(API + "/subscriptions/confirmation")
                                        .then()
                                        .statusCode(200));

        long issue =
                sendDraft(server::asAdmin, "Lettre de la reprise", "Bonjour à toutes et à tous.");

        // kill between two bursts once about half are sent (see Delivery: a kill inside the
        // claim → send → mark window leaves one uncertain copy, never a duplicate)
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> progress(issue).getLong("sent") >= SUBSCRIBERS / 2 - 25);
        long before;
        long after;
        do {
            before = progress(issue).getLong("sent");
            Thread.sleep(150);
            after = progress(issue).getLong("sent");
        } while (before != after);
        server.kill();
        long sentAtKill = received(domain, "Lettre n°").size();
        assertTrue(sentAtKill > 0 && sentAtKill < SUBSCRIBERS, "killed half-way: " + sentAtKill);

        server.restart();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "sent".equals(progress(issue).getString("status")));
        JsonPath done = progress(issue);
        assertEquals(0, done.getLong("uncertain"));
        assertEquals(0, done.getLong("failed"));
        assertEquals(done.getLong("total"), done.getLong("sent"));

        List<MimeMessage> letters = received(domain, "Lettre n°");
        Map<String, Long> perReader =
                letters.stream()
                        .collect(Collectors.groupingBy(NewsletterIT::to, Collectors.counting()));
        assertEquals(SUBSCRIBERS, letters.size(), "exactly one letter per subscriber");
        assertEquals(
                Map.copyOf(readers.stream().collect(Collectors.toMap(r -> r, r -> 1L))),
                Map.copyOf(perReader));

        MimeMessage letter = letters.get(0);
        assertAlternative(letter);
        assertEquals("List-Unsubscribe=One-Click", letter.getHeader("List-Unsubscribe-Post")[0]);
        String oneClick = letter.getHeader("List-Unsubscribe")[0].replaceAll("^<|>.*$", "");
        assertTrue(text(letter).contains(oneClick), "the body carries the same link");
        int number =
                server.anonymous()
                        .get(API + "/issues?size=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .<Integer>getList(
                                "items.findAll { it.title == 'Lettre de la reprise' }.number")
                        .get(0);
        server.anonymous()
                .get("/lettre/archives/" + number)
                .then()
                .statusCode(200)
                .body(containsString("Lettre de la reprise"));
    }

    @Test
    void aMembersExportHoldsTheirSubscriptionsTheCopiesTheyReceivedAndTheIssuesTheyWrote() {
        Api api = server.api();
        Member editor =
                api.newMember(
                        "Éditrice exportée",
                        "editrice@export-" + run + ".test",
                        email -> token(awaitMail(email, "Confirmez votre adresse")));
        api.as(editor)
                .body(Map.of("topics", List.of("agenda", "kits"), "region", "53"))
                .put(API + "/me")
                .then()
                .statusCode(200)
                .body("status", equalTo("confirmed"));
        server.asAdmin().put(API + "/editors/" + editor.id()).then().statusCode(204);
        String title = "Lettre exportée " + run;
        String asEditor = api.logIn(editor.email(), editor.password());
        long issue = sendDraft(() -> api.withToken(asEditor), title, "Bonjour au **réseau** !");
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "sent".equals(progress(issue).getString("status")));
        // a reader who subscribed with their address before having an account
        String readerEmail = "lecteur@export-" + run + ".test";
        server.anonymous()
                .body(Map.of("email", readerEmail, "topics", List.of("forum")))
                .post(API + "/subscriptions")
                .then()
                .statusCode(202);
        server.anonymous()
                .body(Map.of("token", token(awaitMail(readerEmail, "Confirmez votre abonnement"))))
                .post(API + "/subscriptions/confirmation")
                .then()
                .statusCode(200);
        Member reader =
                api.newMember(
                        "Lecteur exporté",
                        readerEmail,
                        email -> token(awaitMail(email, "Confirmez votre adresse")));

        JsonPath mine = api.export(editor);
        assertEquals(
                List.of(editor.email()), mine.getList("content.newsletter.subscriptions.email"));
        assertEquals(
                List.of("agenda", "kits"),
                mine.getList("content.newsletter.subscriptions[0].topics"));
        assertEquals("53", mine.getString("content.newsletter.subscriptions[0].region"));
        assertEquals("CONFIRMED", mine.getString("content.newsletter.subscriptions[0].status"));
        assertEquals(List.of(title), mine.getList("content.newsletter.deliveries.issueTitle"));
        assertEquals("SENT", mine.getString("content.newsletter.deliveries[0].state"));
        assertEquals(List.of(title), mine.getList("content.newsletter.issuesEdited.title"));
        assertEquals(
                "Bonjour au **réseau** !",
                mine.getString("content.newsletter.issuesEdited[0].editorial"));
        assertEquals("SENT", mine.getString("content.newsletter.issuesEdited[0].status"));
        assertFalse(mine.prettify().contains(readerEmail));

        JsonPath theirs = api.export(reader);
        assertEquals(
                List.of(readerEmail), theirs.getList("content.newsletter.subscriptions.email"));
        assertEquals(
                List.of("forum"), theirs.getList("content.newsletter.subscriptions[0].topics"));
        assertEquals(List.of(), theirs.getList("content.newsletter.deliveries"));
        assertEquals(List.of(), theirs.getList("content.newsletter.issuesEdited"));
        assertFalse(theirs.prettify().contains(editor.email()));
    }

    /** Writes the draft and starts sending it, as this editor; the issue's id. */
    private static long sendDraft(
            Supplier<RequestSpecification> editor, String title, String editorial) {
        editor.get()
                .body(Map.of("title", title, "editorial", editorial))
                .put(API + "/draft")
                .then()
                .statusCode(200);
        return editor.get()
                .post(API + "/draft/sending")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("issueId");
    }

    private static JsonPath progress(long issue) {
        return server.asAdmin()
                .get(API + "/sends/" + issue)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<MimeMessage> received(String domain, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).endsWith("@" + domain) && subject(m).contains(subjectPart))
                .toList();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)).toList();
    }

    private static MimeMessage awaitMail(String email, String subjectPart) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                mailsTo(email).stream()
                                        .filter(m -> subject(m).contains(subjectPart))
                                        .reduce((first, second) -> second),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static void assertAlternative(MimeMessage mail) throws Exception {
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    }

    private static String token(MimeMessage mail) {
        Matcher matcher = TOKEN.matcher(text(mail));
        assertTrue(matcher.find(), "a link with a token");
        return matcher.group(1);
    }

    private static String unsubscribeToken(String body) {
        Matcher matcher = Pattern.compile("/lettre/desabonnement/([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(matcher.find(), "an unsubscribe link");
        return matcher.group(1);
    }

    private static String text(MimeMessage mail) {
        try {
            return Outbox.text(mail);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

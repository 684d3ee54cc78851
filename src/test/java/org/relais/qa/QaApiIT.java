package org.relais.qa;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Outbox;
import org.relais.testing.RelaisServer;

/** Q&A through its JSON API: asking, answering, votes, reputation, experts and routing. */
@ExtendWith(RelaisServer.class)
public class QaApiIT {
    static final String NEWS = "Du nouveau pour vous sur Relais";

    @RelaisServer.Base URL base;

    /** A fresh tag, created by the administrator's first question in it. */
    public static String newTag(Api api) {
        String tag = "essai-" + System.nanoTime();
        ask(api.asAdmin(), "Première question sur " + tag + " pour créer l’étiquette", tag);
        return tag;
    }

    public static String ask(RequestSpecification as, String title, String tag) {
        return as.body(
                        Map.of(
                                "title",
                                title,
                                "body",
                                "Bonjour, **voici** le détail de ma question.",
                                "tags",
                                List.of(tag)))
                .post("/api/v1/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String answer(Api api, Member by, String questionId) {
        List<String> ids =
                api.as(by)
                        .body(Map.of("body", "Voici ce que je fais avec mon public."))
                        .post("/api/v1/questions/" + questionId + "/answers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("answers.findAll { it.author.id == '" + by.id() + "' }.id");
        return ids.get(ids.size() - 1);
    }

    static int reputation(Api api, Member member) {
        return api.anonymous()
                .get("/api/v1/members/" + member.id() + "/expertise")
                .then()
                .statusCode(200)
                .extract()
                .path("reputation");
    }

    static void vote(Api api, RequestSpecification as, String path, int value, int status) {
        as.body(Map.of("value", value)).post(path).then().statusCode(status);
    }

    @Test
    void votesAndAcceptanceMoveReputationByTheRules() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member asker = api.newMember("Inès Asker");
        Member bob = api.newMember("Bob Répond");
        Member carol = api.newMember("Carol Vote");
        Member dave = api.newMember("Dave Répond Aussi");

        String question = ask(api.as(asker), "Comment aider à créer une adresse mail ?", tag);
        api.as(asker)
                .body(
                        Map.of(
                                "title",
                                "Une étiquette qui n’existe pas",
                                "body",
                                "x",
                                "tags",
                                List.of("n" + System.nanoTime())))
                .post("/api/v1/questions")
                .then()
                .statusCode(422);

        String bobs = answer(api, bob, question);
        assertTrue(
                Outbox.awaitMail(asker.email(), NEWS)
                        .body()
                        .contains("Comment aider à créer une adresse mail ?"));

        String answerVote = "/api/v1/answers/" + bobs + "/vote";
        vote(api, api.as(asker), "/api/v1/questions/" + question + "/vote", 1, 403);
        vote(api, api.as(bob), answerVote, 1, 403);
        vote(api, api.as(carol), answerVote, 1, 200);
        assertEquals(10, reputation(api, bob));
        vote(api, api.as(carol), answerVote, -1, 403);
        vote(api, api.asAdmin(), answerVote, -1, 200);
        assertEquals(8, reputation(api, bob));
        vote(api, api.as(carol), answerVote, 0, 200);
        assertEquals(-2, reputation(api, bob));
        vote(api, api.as(carol), "/api/v1/questions/" + question + "/vote", 1, 200);
        assertEquals(10, reputation(api, asker));

        String acceptPath = "/api/v1/questions/" + question + "/accept";
        api.as(bob).body(Map.of("answerId", bobs)).post(acceptPath).then().statusCode(403);
        api.asAdmin().body(Map.of("answerId", bobs)).post(acceptPath).then().statusCode(403);
        api.as(asker)
                .body(Map.of("answerId", bobs))
                .post(acceptPath)
                .then()
                .statusCode(200)
                .body("acceptedAnswerId", equalTo(bobs));
        assertEquals(13, reputation(api, bob));
        assertEquals(12, reputation(api, asker));

        String daves = answer(api, dave, question);
        api.as(asker)
                .body(Map.of("answerId", daves))
                .post(acceptPath)
                .then()
                .statusCode(200)
                .body("answers[0].id", equalTo(daves))
                .body("answers[0].accepted", equalTo(true))
                .body("answers[1].accepted", equalTo(false));
        assertEquals(-2, reputation(api, bob));
        assertEquals(15, reputation(api, dave));
        assertEquals(12, reputation(api, asker));

        api.anonymous()
                .get("/api/v1/members/" + dave.id() + "/expertise")
                .then()
                .statusCode(200)
                .body("tags.tag", hasItem(tag))
                .body("tags.find { it.tag == '" + tag + "' }.score", equalTo(15.0f))
                .body("tags.find { it.tag == '" + tag + "' }.level", equalTo("NONE"));
        api.anonymous()
                .get("/api/v1/questions?tag=" + tag + "&sort=votes")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(question))
                .body("items[0].score", equalTo(1));
    }

    @Test
    void expertsAreFoundNearTheirPlaceAndProposedForNewQuestions() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member asker = api.newMember("Paul Demande");
        Member expert = api.newMember("Renée Experte");
        api.as(expert).body(aPlaceInRennes()).post("/api/v1/places").then().statusCode(201);
        api.as(expert)
                .body(Map.of("routingOptIn", true))
                .put("/api/v1/me/qa-settings")
                .then()
                .statusCode(200)
                .body("routingOptIn", equalTo(true));

        String first = ask(api.as(asker), "Installer un logiciel libre de retouche photo", tag);
        String answer = answer(api, expert, first);
        api.as(asker)
                .body(Map.of("answerId", answer))
                .post("/api/v1/questions/" + first + "/accept")
                .then()
                .statusCode(200);

        Function<String, io.restassured.response.ValidatableResponse> experts =
                query -> api.anonymous().get("/api/v1/experts?tag=" + tag + query).then();
        experts.apply("")
                .statusCode(200)
                .body("items.memberId", hasItem(expert.id()))
                .body(
                        "items.find { it.memberId == '" + expert.id() + "' }.displayName",
                        equalTo("Renée Experte"));
        experts.apply("&near=48.1120,-1.6810&radiusKm=10")
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].memberId", equalTo(expert.id()))
                .body("items[0].score", equalTo(15.0f))
                .body("items[0].places[0].commune", equalTo("Rennes"))
                .body("items[0].distanceKm", lessThan(1.0f));
        experts.apply("&near=43.6045,1.4440&radiusKm=50").statusCode(200).body("total", equalTo(0));
        experts.apply("&near=Toulouse&radiusKm=50").statusCode(200).body("total", equalTo(0));

        Member other = api.newMember("Zoé Seconde");
        String second =
                api.as(other)
                        .body(
                                Map.of(
                                        "title", "Quel logiciel libre pour retoucher des photos ?",
                                        "body", "Pour un atelier photo avec des seniors.",
                                        "tags", List.of(tag)))
                        .post("/api/v1/questions")
                        .then()
                        .statusCode(201)
                        .body("suggestedExperts.memberId", contains(expert.id()))
                        .body("suggestedExperts[0].origin", equalTo("ROUTED"))
                        .extract()
                        .path("id");
        assertTrue(
                Outbox.awaitMail(expert.email(), NEWS)
                        .body()
                        .contains("Quel logiciel libre pour retoucher des photos ?"));
        org.relais.testing.PageClient pages = new org.relais.testing.PageClient(base);
        assertEquals(
                List.of("Renée Experte"),
                pages.get("/questions/" + second)
                        .document()
                        .select("section.qa-suggested li")
                        .eachText(),
                "the page names who the open question was routed to");
        api.as(other)
                .body(Map.of("answerId", answer(api, expert, second)))
                .post("/api/v1/questions/" + second + "/accept")
                .then()
                .statusCode(200);
        assertTrue(
                pages.get("/questions/" + second)
                        .document()
                        .select("section.qa-suggested")
                        .isEmpty(),
                "once an answer is accepted, the page no longer asks the experts");

        String own = ask(api.as(expert), "Une question de l’experte elle-même", tag);
        api.anonymous()
                .get("/api/v1/questions/" + own)
                .then()
                .body("suggestedExperts.memberId", not(hasItem(expert.id())));
    }

    @Test
    void aSettingSentWithoutItsChoiceIsRefusedAndKept() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member member = api.newMember("Inès Règle");
        api.as(member)
                .body(Map.of("routingOptIn", true))
                .put("/api/v1/me/qa-settings")
                .then()
                .statusCode(200);
        api.as(member)
                .body(Map.of("following", true))
                .put("/api/v1/tags/" + tag + "/following")
                .then()
                .statusCode(200);

        api.as(member)
                .body(Map.of())
                .put("/api/v1/me/qa-settings")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("routingOptIn"));
        api.as(member)
                .body(Map.of("follow", true))
                .put("/api/v1/tags/" + tag + "/following")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("following"));

        api.as(member)
                .get("/api/v1/me/qa-settings")
                .then()
                .statusCode(200)
                .body("routingOptIn", equalTo(true));
        api.as(member)
                .get("/api/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items.find { it.subjectKey == '" + tag + "' }.level", equalTo("WATCHING"));
    }

    @Test
    void followersOfATagAreToldOfNewQuestionsInIt() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member follower = api.newMember("Fanny Suit");
        Member bystander = api.newMember("Gaston Passe");
        Member asker = api.newMember("Hugo Demande");
        api.as(follower)
                .body(Map.of("following", true))
                .put("/api/v1/tags/" + tag + "/following")
                .then()
                .statusCode(200)
                .body("following", equalTo(true));

        ask(api.as(asker), "FranceConnect refuse l’identifiant de la CAF", tag);

        assertTrue(
                Outbox.awaitMail(follower.email(), NEWS)
                        .body()
                        .contains("FranceConnect refuse l’identifiant de la CAF"));
        assertTrue(
                Outbox.mailsTo(bystander.email()).stream()
                        .noneMatch(m -> m.subject().contains(NEWS)));
        api.anonymous()
                .get("/api/v1/tags?q=" + tag)
                .then()
                .statusCode(200)
                .body("items.slug", hasItem(tag));
    }

    @Test
    void anEditFromAnOlderRevisionIsRefusedWhileAVoteInBetweenIsNoConflict() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member author = api.newMember("Agathe Autrice");
        Member helper = api.newMember("Hugo Aidant");
        Member reader = api.newMember("Rémi Lecteur");
        String question = ask(api.as(author), "Tablette : le clavier ne s’affiche plus", tag);
        String answer = answer(api, helper, question);
        String path = "/api/v1/questions/" + question;
        String answerPath = "/api/v1/answers/" + answer;
        String seen = api.as(author).get(path).path("revision");
        String answerSeen = api.as(helper).get(path).path("answers[0].revision");

        vote(api, api.as(reader), path + "/vote", 1, 200);
        vote(api, api.as(reader), answerPath + "/vote", 1, 200);
        api.as(author)
                .body(
                        Map.of(
                                "title",
                                "Tablette : le clavier virtuel ne s’affiche plus",
                                "body",
                                "Depuis la mise à jour d’hier, plus rien.",
                                "tags",
                                List.of(tag),
                                "revision",
                                seen))
                .put(path)
                .then()
                .statusCode(200);
        api.as(helper)
                .body(Map.of("body", "Redémarrer la tablette, puis…", "revision", answerSeen))
                .put(answerPath)
                .then()
                .statusCode(200);

        api.asAdmin()
                .body(Map.of("title", "Tablette sans clavier", "body", "Relu.", "revision", seen))
                .put(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("revision"));
        api.asAdmin()
                .body(Map.of("body", "Texte de la modération.", "revision", answerSeen))
                .put(answerPath)
                .then()
                .statusCode(409)
                .body("errors.field", hasItem("revision"));
        api.anonymous()
                .get(path)
                .then()
                .body("title", equalTo("Tablette : le clavier virtuel ne s’affiche plus"))
                .body("answers[0].body", equalTo("Redémarrer la tablette, puis…"))
                .body("revision", not(equalTo(seen)))
                .body("answers[0].revision", not(equalTo(answerSeen)));
    }

    @Test
    void onlyTheRightPeopleEditAcceptInviteOrCloseAsDuplicate() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member author = api.newMember("Alice Autrice");
        Member other = api.newMember("Octave Autre");
        Member invitee = api.newMember("Ivan Invité");
        String original = ask(api.as(author), "Imprimante 3D : le filament ne colle pas", tag);
        String question = ask(api.as(author), "Imprimante 3D : premier calque décollé", tag);
        String answer = answer(api, other, question);
        String path = "/api/v1/questions/" + question;
        Map<String, String> edit =
                Map.of(
                        "title",
                        "Imprimante 3D : premier calque qui se décolle",
                        "body",
                        "Précisions.");

        // edit question: author yes, other member no, moderator yes, anonymous no
        api.as(author)
                .body(edit)
                .put(path)
                .then()
                .statusCode(200)
                .body("title", equalTo(edit.get("title")));
        api.as(other).body(edit).put(path).then().statusCode(403);
        api.asAdmin().body(edit).put(path).then().statusCode(200);
        api.anonymous().body(edit).put(path).then().statusCode(401);
        // edit answer: its author yes, the asker no
        Map<String, String> answerEdit = Map.of("body", "Nettoyer le plateau à l’alcool.");
        api.as(other).body(answerEdit).put("/api/v1/answers/" + answer).then().statusCode(200);
        api.as(author).body(answerEdit).put("/api/v1/answers/" + answer).then().statusCode(403);
        // accept: only the asker
        api.as(other)
                .body(Map.of("answerId", answer))
                .post(path + "/accept")
                .then()
                .statusCode(403);
        api.anonymous()
                .body(Map.of("answerId", answer))
                .post(path + "/accept")
                .then()
                .statusCode(401);
        // invite: only the asker
        api.as(other)
                .body(Map.of("memberId", invitee.id()))
                .post(path + "/invitations")
                .then()
                .statusCode(403);
        api.as(author)
                .body(Map.of("memberId", invitee.id()))
                .post(path + "/invitations")
                .then()
                .statusCode(200)
                .body(
                        "suggestedExperts.find { it.memberId == '" + invitee.id() + "' }.origin",
                        equalTo("INVITED"));
        assertTrue(Outbox.awaitMail(invitee.email(), NEWS).body().contains("premier calque"));
        // duplicate: moderators only
        api.as(author)
                .body(Map.of("originalId", original))
                .post(path + "/duplicate")
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("originalId", original))
                .post(path + "/duplicate")
                .then()
                .statusCode(200)
                .body("duplicateOf", equalTo(original));
        api.as(invitee)
                .body(Map.of("body", "Trop tard ?"))
                .post(path + "/answers")
                .then()
                .statusCode(409);
        api.anonymous()
                .get("/api/v1/questions?tag=" + tag)
                .then()
                .body("items.id", not(hasItem(question)))
                .body("items.id", hasItem(original));
        api.anonymous()
                .get("/api/v1/questions/" + original)
                .then()
                .body("duplicateOf", nullValue());
    }

    @Test
    void similarQuestionsWhileTypingAndTagWordingHaveTheirEndpoints() {
        Api api = new Api(base);
        String tag = newTag(api);
        String word = "Tablette" + System.nanoTime();
        String id = ask(api.asAdmin(), word + " : régler la taille du texte", tag);
        api.anonymous()
                .queryParam("title", word + " taille texte")
                .get("/api/v1/questions/similar")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.url", equalTo("/questions/" + id));
        api.anonymous()
                .queryParam("title", "zq")
                .get("/api/v1/questions/similar")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        Member newcomer = api.newMember("Hugo Nouveau");
        Map<String, String> wording =
                Map.of("label", "Tablettes", "description", "Réglages et prise en main.");
        api.as(newcomer).body(wording).put("/api/v1/tags/" + tag).then().statusCode(403);
        api.asAdmin()
                .body(Map.of("label", "", "description", ""))
                .put("/api/v1/tags/" + tag)
                .then()
                .statusCode(422);
        api.asAdmin()
                .body(wording)
                .put("/api/v1/tags/" + tag)
                .then()
                .statusCode(200)
                .body("slug", equalTo(tag))
                .body("label", equalTo("Tablettes"))
                .body("description", equalTo("Réglages et prise en main."));
    }

    static Map<String, Object> aPlaceInRennes() {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("pivot", "12345678900011");
        place.put("nom", "EPN du Blosne " + System.nanoTime());
        place.put("commune", "Rennes");
        place.put("code_postal", "35000");
        place.put("code_insee", "35238");
        place.put("adresse", "7 boulevard de Yougoslavie " + System.nanoTime());
        place.put("latitude", 48.1113);
        place.put("longitude", -1.6800);
        place.put("typologie", List.of("ASSO"));
        place.put("telephone", "+33299000000");
        place.put("courriels", List.of("contact@epn.exemple.fr"));
        place.put("horaires", "Mo-Fr 09:00-12:00,14:00-18:00");
        place.put("presentation_resume", "Ateliers et aide aux démarches en ligne.");
        place.put("services", List.of("Aide aux démarches administratives"));
        place.put("publics_specifiquement_adresses", List.of("Seniors"));
        place.put("frais_a_charge", List.of("Gratuit"));
        place.put("charterAccepted", true);
        place.put("criteria", List.of("M1", "M2", "ACC-1", "CUL-2", "SPU-1", "LIB-1", "DEV-3"));
        return place;
    }

    /**
     * A bounty whose deadline ({@code relais.qa.bounty.days}, 30) passes without an accepted answer
     * goes back to the asker: not the day before, and only once.
     */
    @Test
    void aBountyWithoutAnAcceptedAnswerIsGivenBackAfterItsDeadline() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member asker = api.newMember("Paule Patiente");
        String question =
                askWithBounty(
                        api, asker, "Qui anime des ateliers sur les arnaques en ligne ?", tag, 45);
        answer(api, api.newMember("Marc Répondant"), question);
        assertEquals(-45, account(api, asker).getLong("balanceMinutes"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

        releaseExpired(api, today.plusDays(29));
        api.anonymous()
                .get("/api/v1/questions/" + question)
                .then()
                .body("bountyStatus", equalTo("OPEN"));
        assertEquals(-45, account(api, asker).getLong("balanceMinutes"));

        releaseExpired(api, today.plusDays(31));
        api.anonymous()
                .get("/api/v1/questions/" + question)
                .then()
                .statusCode(200)
                .body("bountyStatus", equalTo("RELEASED"));
        io.restassured.path.json.JsonPath mine = account(api, asker);
        assertEquals(0, mine.getLong("balanceMinutes"));
        assertEquals(0, mine.getList("holds").size());
        api.as(asker)
                .get("/api/v1/timebank/me/entries")
                .then()
                .body("items[0].kind", equalTo("RELEASE"))
                .body("items[0].minutes", equalTo(45));

        releaseExpired(api, today.plusDays(40));
        assertEquals(0, account(api, asker).getLong("balanceMinutes"));
        api.as(asker).post("/api/v1/qa/bounties/expired/release").then().statusCode(403);
        api.asAdmin()
                .post("/api/v1/qa/bounties/expired/release?on=demain")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("on"));
        api.asAdmin().get("/api/v1/timebank/audit").then().body("ok", equalTo(true));
    }

    private static void releaseExpired(Api api, LocalDate on) {
        api.asAdmin()
                .post("/api/v1/qa/bounties/expired/release?on=" + on)
                .then()
                .statusCode(200)
                .body("released", greaterThanOrEqualTo(0));
    }

    /**
     * A member's export holds what they did in Q&A, in full: their questions with the bounty's
     * outcome, their answers' Markdown, the votes they cast, their reputation lines (which post
     * earned them, not who voted), their settings, followed tags and invitations; another member's
     * export holds none of it.
     */
    @Test
    void theDataExportHoldsTheMembersQuestionsAnswersVotesReputationAndChoices() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member rose = api.newMember("Rose Export");
        Member sami = api.newMember("Sami Export");
        Member vera = api.newMember("Vera Export");
        String title = "Comment accompagner une déclaration d’impôts en ligne ?";
        String question = askWithBounty(api, rose, title, tag, 90);
        String samis = answer(api, sami, question);
        String other =
                ask(api.as(sami), "Quel logiciel pour des ateliers de retouche photo ?", tag);
        String markdown = "Darktable, avec des **fiches** imprimées.";
        List<String> roses =
                api.as(rose)
                        .body(Map.of("body", markdown))
                        .post("/api/v1/questions/" + other + "/answers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("answers.findAll { it.author.id == '" + rose.id() + "' }.id");
        String rosesAnswer = roses.get(0);
        vote(api, api.as(vera), "/api/v1/answers/" + rosesAnswer + "/vote", 1, 200);
        vote(api, api.as(rose), "/api/v1/answers/" + samis + "/vote", 1, 200);
        api.as(rose)
                .body(Map.of("answerId", samis))
                .post("/api/v1/questions/" + question + "/accept")
                .then()
                .statusCode(200);
        api.as(rose)
                .body(Map.of("memberId", vera.id()))
                .post("/api/v1/questions/" + question + "/invitations")
                .then()
                .statusCode(200);
        api.as(rose)
                .body(Map.of("routingOptIn", true))
                .put("/api/v1/me/qa-settings")
                .then()
                .statusCode(200);
        api.as(rose)
                .body(Map.of("following", true))
                .put("/api/v1/tags/" + tag + "/following")
                .then()
                .statusCode(200);

        String export =
                api.as(rose)
                        .get("/api/v1/me/export")
                        .then()
                        .statusCode(200)
                        .body("content.qa.questions.id", contains(question))
                        .body("content.qa.questions[0].title", equalTo(title))
                        .body(
                                "content.qa.questions[0].markdown",
                                equalTo("Je cherche une méthode éprouvée avec un public débutant."))
                        .body("content.qa.questions[0].tags", contains(tag))
                        .body("content.qa.questions[0].acceptedAnswerId", equalTo(samis))
                        .body("content.qa.questions[0].bounty.minutes", equalTo(90))
                        .body("content.qa.questions[0].bounty.status", equalTo("SETTLED"))
                        .body("content.qa.answers.id", contains(rosesAnswer))
                        .body("content.qa.answers[0].markdown", equalTo(markdown))
                        .body("content.qa.answers[0].questionId", equalTo(other))
                        .body(
                                "content.qa.answers[0].questionTitle",
                                equalTo("Quel logiciel pour des ateliers de retouche photo ?"))
                        .body("content.qa.answers[0].score", equalTo(1))
                        .body("content.qa.votes.postId", contains(samis))
                        .body("content.qa.votes[0].postType", equalTo("ANSWER"))
                        .body("content.qa.votes[0].direction", equalTo("UP"))
                        .body(
                                "content.qa.votes[0].url",
                                equalTo("/questions/" + question + "#reponse-" + samis))
                        .body("content.qa.reputation.total", equalTo(12))
                        .body(
                                "content.qa.reputation.lines.reason",
                                contains("UPVOTED", "ACCEPTED_AN_ANSWER"))
                        .body("content.qa.reputation.lines.points", contains(10, 2))
                        .body("content.qa.reputation.lines.postId", contains(rosesAnswer, samis))
                        .body("content.qa.routingOptIn", equalTo(true))
                        .body("content.qa.followedTags", contains(tag))
                        .body("content.qa.invitationsSent.memberName", contains("Vera Export"))
                        .body("content.qa.invitationsSent[0].questionId", equalTo(question))
                        .extract()
                        .asString();
        assertFalse(export.contains("vote:"), "a vote's cause names the voter: " + export);

        api.as(vera)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("content.qa.questions", hasSize(0))
                .body("content.qa.answers", hasSize(0))
                .body("content.qa.votes.postId", contains(rosesAnswer))
                .body("content.qa.reputation.total", equalTo(0))
                .body("content.qa.routingOptIn", equalTo(false))
                .body("content.qa.followedTags", hasSize(0))
                .body("content.qa.invitationsSent", hasSize(0))
                .body("content.qa.suggestedToAnswer.questionTitle", contains(title))
                .body("content.qa.suggestedToAnswer[0].origin", equalTo("INVITED"));
        api.as(sami)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("content.qa.questions.id", contains(other))
                .body("content.qa.answers.id", contains(samis))
                .body("content.qa.answers[0].acceptedAt", not(nullValue()))
                .body("content.qa.votes", hasSize(0))
                .body("content.qa.reputation.total", equalTo(25));
    }

    static String askWithBounty(Api api, Member asker, String title, String tag, long minutes) {
        return api.as(asker)
                .body(
                        Map.of(
                                "title",
                                title,
                                "body",
                                "Je cherche une méthode éprouvée avec un public débutant.",
                                "tags",
                                List.of(tag),
                                "bountyMinutes",
                                minutes))
                .post("/api/v1/questions")
                .then()
                .statusCode(201)
                .body("bountyMinutes", equalTo((int) minutes))
                .body("bountyStatus", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    static io.restassured.path.json.JsonPath account(Api api, Member member) {
        return api.as(member)
                .get("/api/v1/timebank/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /**
     * A bounty in time bank hours: held at asking (refused under the floor), listed in the asker's
     * holds, shown on the page, paid to the accepted answer, given back when the question closes.
     */
    @Test
    void aBountyIsHeldThenPaidToTheAcceptedAnswerOrGivenBack() {
        Api api = new Api(base);
        String tag = newTag(api);
        Member asker = api.newMember("Rose Prime");
        Member helper = api.newMember("Sami Aidant");
        String title = "Comment accompagner une première déclaration en ligne ?";
        String question = askWithBounty(api, asker, title, tag, 90);

        io.restassured.path.json.JsonPath mine = account(api, asker);
        assertEquals(-90, mine.getLong("balanceMinutes"));
        assertEquals(1, mine.getList("holds").size());
        assertEquals("Prime sur la question « " + title + " »", mine.getString("holds[0].purpose"));
        assertEquals(90, mine.getLong("holds[0].minutes"));
        String page = new org.relais.testing.PageClient(base).get("/questions/" + question).text();
        assertTrue(page.contains("Prime : 1 h 30"), page);

        api.as(asker)
                .body(
                        Map.of(
                                "title",
                                "Une prime bien trop grosse pour mon compte ?",
                                "body",
                                "Détail.",
                                "tags",
                                List.of(tag),
                                "bountyMinutes",
                                600))
                .post("/api/v1/questions")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("bountyMinutes"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("8 h 30")));
        assertEquals(-90, account(api, asker).getLong("balanceMinutes"));
        assertEquals(1, account(api, asker).getList("holds").size());

        String answer = answer(api, helper, question);
        api.as(asker)
                .body(Map.of("answerId", answer))
                .post("/api/v1/questions/" + question + "/accept")
                .then()
                .statusCode(200)
                .body("bountyStatus", equalTo("SETTLED"));
        assertEquals(90, account(api, helper).getLong("balanceMinutes"));
        assertEquals(0, account(api, asker).getList("holds").size());
        api.as(helper)
                .get("/api/v1/timebank/me/entries")
                .then()
                .body("items[0].kind", equalTo("SETTLE"))
                .body("items[0].purpose", equalTo("Prime sur la question « " + title + " »"));

        String closed =
                askWithBounty(api, asker, "Une question en double avec sa prime ?", tag, 30);
        assertEquals(-120, account(api, asker).getLong("balanceMinutes"));
        api.asAdmin()
                .body(Map.of("originalId", question))
                .post("/api/v1/questions/" + closed + "/duplicate")
                .then()
                .statusCode(200)
                .body("bountyStatus", equalTo("RELEASED"));
        assertEquals(-90, account(api, asker).getLong("balanceMinutes"));
        api.asAdmin().get("/api/v1/timebank/audit").then().body("ok", equalTo(true));

        // the asker's history names the purpose of the hold instead of the pool
        var rows =
                org.relais.testing.PageClient.loggedIn(base, asker)
                        .get("/banque-de-temps/compte")
                        .document()
                        .select("table.timebank-history tbody tr");
        assertEquals(
                "Prime sur la question « " + title + " »", rows.last().select("td").get(2).text());
    }
}

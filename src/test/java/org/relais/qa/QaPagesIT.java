package org.relais.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.EditConflictSteps;
import org.relais.testing.Outbox;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/** Q&A as a visitor without JavaScript uses it: ask in two steps, answer, vote, accept, find. */
@ExtendWith(RelaisServer.class)
class QaPagesIT {
    @RelaisServer.Base URL base;

    private PageClient loggedIn(Member member) {
        return PageClient.loggedIn(base, member);
    }

    @Test
    void aMemberChecksSimilarQuestionsThenAsksAndTheAnswerIsAcceptedThroughForms() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        QaApiIT.ask(api.asAdmin(), "Pass numérique : où l’utiliser ?", tag);
        Member asker = api.newMember("Lucie Pose");
        Member helper = api.newMember("Marc Aide");
        PageClient askerBrowser = loggedIn(asker);

        Page form = askerBrowser.get("/questions/poser");
        assertEquals(200, form.status());
        Map<String, String> fields =
                Map.of(
                        "title", "Pass numérique : où l’utiliser près de chez moi ?",
                        "body", "Une personne a reçu un carnet de chèques.",
                        "tags", tag,
                        "placeId", "",
                        "etape", "verifier");
        Page checked = askerBrowser.submit(form, "/questions/poser", fields);
        assertEquals(200, checked.status());
        assertTrue(checked.text().contains("Ces questions ressemblent à la vôtre"));
        assertTrue(checked.text().contains("Pass numérique : où l’utiliser ?"));
        assertFalse(checked.document().select("button[value=publier]").isEmpty());

        Map<String, String> publish = new HashMap<>(fields);
        publish.put("etape", "publier");
        Page published = askerBrowser.submit(checked, "/questions/poser", publish);
        assertEquals(303, published.status());
        String path = java.net.URI.create(published.location()).getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);

        PageClient helperBrowser = loggedIn(helper);
        Page question = helperBrowser.get(path);
        assertEquals(200, question.status());
        assertTrue(question.text().contains("Pass numérique : où l’utiliser près de chez moi ?"));
        assertEquals(
                303,
                helperBrowser
                        .submit(
                                question,
                                path + "/reponses",
                                Map.of(
                                        "body",
                                        "Le site du Pass numérique liste les lieux qualifiés."))
                        .status());
        assertEquals(
                303,
                helperBrowser
                        .submit(helperBrowser.get(path), path + "/vote", Map.of("value", "1"))
                        .status());
        Page afterVote = helperBrowser.get(path);
        assertTrue(afterVote.text().contains("Votes : 1"));
        assertTrue(afterVote.text().contains("Retirer mon vote"));
        // each vote button says what it votes for, as several stand on one page
        assertTrue(
                afterVote
                        .document()
                        .select("form[action=" + path + "/vote] button")
                        .text()
                        .contains("Retirer mon vote — la question"));

        List<String> answers =
                api.anonymous().get("/api/v1/questions/" + id).then().extract().path("answers.id");
        String accept = path + "/reponses/" + answers.get(0) + "/accepter";
        Page asked = askerBrowser.get(path);
        assertEquals(1, asked.document().select("form[action=" + accept + "]").size());
        assertTrue(
                asked.document()
                        .select("form[action$=/reponses/" + answers.get(0) + "/vote] button")
                        .first()
                        .text()
                        .startsWith("Utile — la réponse de "));
        assertEquals(303, askerBrowser.submit(asked, accept, Map.of()).status());
        assertTrue(askerBrowser.get(path).text().contains("Réponse acceptée"));

        Page experts = helperBrowser.get("/experts?etiquette=" + tag);
        assertEquals(200, experts.status());
        assertTrue(experts.text().contains("Marc Aide"));
        assertSubjectsBeforeSearchOffer(new PageClient(base).get("/experts"), tag);
        Page tagPage = askerBrowser.get("/etiquettes/" + tag);
        assertTrue(tagPage.text().contains("Marc Aide"));
        assertTrue(tagPage.text().contains("Pass numérique : où l’utiliser près de chez moi ?"));
        assertEquals(
                303,
                askerBrowser
                        .submit(tagPage, "/etiquettes/" + tag + "/suivre", Map.of("suivre", "oui"))
                        .status());
        assertTrue(askerBrowser.get("/etiquettes/" + tag).text().contains("Ne plus suivre"));
        assertTrue(
                new PageClient(base)
                        .get("/membres/" + helper.id())
                        .text()
                        .contains("Questions et réponses"));
    }

    /**
     * Before any search the experts page lists the subjects with the most answered questions, most
     * first: the tag just answered is among them, unless twelve others have at least as many.
     */
    private static void assertSubjectsBeforeSearchOffer(Page experts, String answeredTag) {
        var links = experts.document().select("section[aria-labelledby=experts-topics] li a");
        assertFalse(links.isEmpty(), "a question was answered: there is a subject to offer");
        List<Integer> counts = new java.util.ArrayList<>();
        for (var link : links) {
            var count =
                    java.util.regex.Pattern.compile("\\((\\d+) questions? avec réponse\\)$")
                            .matcher(link.text());
            assertTrue(count.find(), link.text());
            counts.add(Integer.parseInt(count.group(1)));
            assertTrue(link.attr("href").startsWith("/experts?etiquette="), link.attr("href"));
        }
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "most answered first: " + counts);
        }
        boolean listed = !links.select("a[href=/experts?etiquette=" + answeredTag + "]").isEmpty();
        assertTrue(listed || counts.size() == 12, "the answered subject is offered: " + counts);
    }

    @Test
    void questionsAreInTheNavigationAndUnansweredOnesOnTheHomePage() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String title = "Sauvegarder les photos d’un smartphone Android " + tag;
        QaApiIT.ask(api.asAdmin(), title, tag);
        PageClient visitor = new PageClient(base);
        Page home = visitor.get("/");
        assertFalse(home.document().select("nav a[href=/questions]").isEmpty());
        assertTrue(home.text().contains("Questions en attente de réponse"));
        Page list = visitor.get("/questions?tri=sans-reponse&etiquette=" + tag);
        assertEquals(200, list.status());
        assertTrue(list.text().contains(title));
        assertEquals(
                List.of(
                        "/questions?tri=recentes&etiquette=" + tag,
                        "/questions?tri=sans-reponse&etiquette=" + tag,
                        "/questions?tri=votes&etiquette=" + tag),
                list.document().select("nav.qa-sorts li a").eachAttr("href"),
                "the sorts keep the tag");
        assertEquals(
                List.of(
                        "/questions?tri=recentes",
                        "/questions?tri=sans-reponse",
                        "/questions?tri=votes"),
                visitor.get("/questions").document().select("nav.qa-sorts li a").eachAttr("href"),
                "without a tag, the sorts name none");
        assertEquals(200, visitor.get("/experts").status());
        assertEquals(303, visitor.get("/questions/poser").status());
    }

    @Test
    void theListOfQuestionsHasAHeadingAboveItsCards() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Page list = new PageClient(base).get("/questions?etiquette=" + tag);
        assertEquals(200, list.status());
        List<Integer> levels =
                list.document().select("main h1, main h2, main h3, main h4").stream()
                        .map(h -> Integer.parseInt(h.tagName().substring(1)))
                        .toList();
        assertTrue(levels.contains(3), levels.toString());
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "a level skipped: " + levels);
        }
    }

    @Test
    void aFieldInErrorPointsToItsMessage() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String question = QaApiIT.ask(api.asAdmin(), "Imprimer depuis une tablette Android", tag);
        PageClient member = loggedIn(api.newMember("Yves Champ"));

        Page answered =
                member.submit(
                        member.get("/questions/" + question),
                        "/questions/" + question + "/reponses",
                        Map.of("body", " "));
        assertEquals(422, answered.status());
        assertPointsToItsError(answered, "textarea#body", "body-error");

        Page asked =
                member.submit(
                        member.get("/questions/poser"),
                        "/questions/poser",
                        Map.of(
                                "title", "court",
                                "body", "",
                                "tags", tag,
                                "etape", "publier"));
        assertEquals(422, asked.status());
        assertPointsToItsError(asked, "input#title", "title-error");

        Page experts = member.get("/experts?etiquette=" + tag + "&pres=Rennes&rayon=0");
        assertEquals(422, experts.status());
        assertPointsToItsError(experts, "input#rayon", "radiusKm-error");
    }

    private static void assertPointsToItsError(Page page, String field, String errorId) {
        Element control = page.document().selectFirst(field);
        assertTrue(control != null, field);
        assertEquals("true", control.attr("aria-invalid"), control.outerHtml());
        assertTrue(
                List.of(control.attr("aria-describedby").split(" ")).contains(errorId),
                control.outerHtml());
        assertTrue(page.document().getElementById(errorId) != null, errorId);
    }

    @Test
    void aRenamedTagIsListedByItsNewLabel() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        PageClient visitor = new PageClient(base);
        assertEquals(200, visitor.get("/questions?etiquette=" + tag).status());

        String label = renameTag(api, tag);

        Page list = visitor.get("/questions?etiquette=" + tag);
        assertTrue(
                list.document().select("a[href=/etiquettes/" + tag + "]").eachText().stream()
                        .allMatch(label::equals),
                list.document().select("a[href=/etiquettes/" + tag + "]").eachText().toString());
    }

    @Test
    void aTagCreatedThroughTheFormReadsAsTyped() {
        String words = "Matériel reconditionné " + System.nanoTime();
        PageClient moderator = loggedIn(Member.firstAdmin());
        Page form = moderator.get("/questions/poser");
        Page published =
                moderator.submit(
                        form,
                        "/questions/poser",
                        Map.of(
                                "title", "Où trouver du matériel reconditionné ?",
                                "body", "Pour équiper un atelier à petit prix.",
                                "tags", words,
                                "placeId", "",
                                "etape", "publier"));
        assertEquals(303, published.status());

        Page question =
                new PageClient(base).get(java.net.URI.create(published.location()).getPath());
        List<String> tags = question.document().select("main li.tag").eachText();
        assertTrue(tags.contains(words), "the new tag reads as typed, not as its slug: " + tags);
    }

    @Test
    void aMembersProfileNamesSkillsAndExpertiseByTheirTagLabels() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String label = renameTag(api, tag);
        Member helper = api.newMember("Zoé Étiquette");
        api.as(helper)
                .body(Map.of("skills", List.of(tag)))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        String question = QaApiIT.ask(api.asAdmin(), "Régler la luminosité d’une tablette", tag);
        String answer = QaApiIT.answer(api, helper, question);
        api.asAdmin()
                .body(Map.of("answerId", answer))
                .post("/api/v1/questions/" + question + "/accept")
                .then()
                .statusCode(200);

        Page profile = new PageClient(base).get("/membres/" + helper.id());
        assertEquals(200, profile.status());
        assertEquals(
                List.of(label), profile.document().select("#skills-title + ul .tag").eachText());
        assertEquals(List.of(label), profile.document().select(".qa-experts a").eachText());
    }

    @Test
    void aVisitorWhoLogsInToAnswerComesBackToTheQuestion() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String question = QaApiIT.ask(api.asAdmin(), "Transférer des photos vers une clé USB", tag);
        Member member = api.newMember("Rémi Retour");
        PageClient visitor = new PageClient(base);

        Page loggedIn = visitor.logInThroughLink(visitor.get("/questions/" + question), member);

        assertEquals(303, loggedIn.status());
        assertEquals("/questions/" + question, java.net.URI.create(loggedIn.location()).getPath());
    }

    @Test
    void aVoteSentThroughAnotherQuestionsAddressIsNotFoundAndCountsNothing() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String first = QaApiIT.ask(api.asAdmin(), "Sauvegarder les contacts d’un téléphone", tag);
        String second = QaApiIT.ask(api.asAdmin(), "Retrouver un mot de passe de box", tag);
        String answer = QaApiIT.answer(api, api.newMember("Alix Répond"), first);
        PageClient voter = loggedIn(api.newMember("Bruno Vote"));

        Page firstPage = voter.get("/questions/" + first);
        String token =
                firstPage
                        .document()
                        .select(
                                "form[action=/questions/"
                                        + first
                                        + "/reponses/"
                                        + answer
                                        + "/vote] input[name=_csrf]")
                        .attr("value");
        Page refused =
                voter.post(
                        "/questions/" + second + "/reponses/" + answer + "/vote",
                        Map.of("value", "1", "_csrf", token));
        assertEquals(404, refused.status());
        assertEquals(
                0,
                api.anonymous()
                        .get("/api/v1/questions/" + first)
                        .then()
                        .extract()
                        .<Integer>path("answers.find { it.id == '" + answer + "' }.score"));

        Page voted =
                voter.submit(
                        voter.get("/questions/" + first),
                        "/questions/" + first + "/reponses/" + answer + "/vote",
                        Map.of("value", "1"));
        assertEquals(303, voted.status());
    }

    @Test
    void aQuestionOrAnAnswerEditedInTwoTabsShowsTheOtherSaveBeforeReplacingIt() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member asker = api.newMember("Agathe Deux Onglets");
        Member helper = api.newMember("Bruno Deux Onglets");
        String id = QaApiIT.ask(api.as(asker), "Changer la langue d’un smartphone ?", tag);
        String answer = QaApiIT.answer(api, helper, id);
        String path = "/questions/" + id;

        EditConflictSteps.theSecondTabSeesTheFirstSaveThenReplacesItKnowingly(
                loggedIn(asker),
                path + "/modifier",
                Map.of(
                        "title", "Remettre un smartphone en français ?",
                        "body", "Il est passé en anglais après une mise à jour.",
                        "tags", tag),
                Map.of(
                        "title", "Changer la langue d’un téléphone Android ?",
                        "body", "Passé en anglais, je ne retrouve pas les réglages.",
                        "tags", tag),
                "title");
        EditConflictSteps.theSecondTabSeesTheFirstSaveThenReplacesItKnowingly(
                loggedIn(helper),
                path + "/reponses/" + answer + "/modifier",
                Map.of("body", "Paramètres, puis Système, puis Langues."),
                Map.of("body", "Settings, System, Languages : l’icône du globe aide."),
                "body");
        Page saved = new PageClient(base).get(path);
        assertTrue(saved.text().contains("Changer la langue d’un téléphone Android ?"));
        assertTrue(saved.text().contains("l’icône du globe aide"));
    }

    @Test
    void theAuthorAndModeratorsEditPostsThroughFormsAndOthersCannot() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String otherTag = QaApiIT.newTag(api);
        Member asker = api.newMember("Agathe Modifie");
        Member helper = api.newMember("Bruno Corrige");
        Member stranger = api.newMember("Chloé Passante");
        String id = QaApiIT.ask(api.as(asker), "Imprimer un justificatif de la CAF ?", tag);
        String answer = QaApiIT.answer(api, helper, id);
        String path = "/questions/" + id;
        String editQuestion = path + "/modifier";
        String editAnswer = path + "/reponses/" + answer + "/modifier";

        PageClient askerBrowser = loggedIn(asker);
        Page page = askerBrowser.get(path);
        assertEquals(1, page.document().select("a[href=" + editQuestion + "]").size());
        assertTrue(page.document().select("a[href=" + editAnswer + "]").isEmpty());
        Page form = askerBrowser.get(editQuestion);
        assertEquals(200, form.status());
        assertEquals(
                "Imprimer un justificatif de la CAF ?",
                form.document().select("input[name=title]").val());
        Page tooShort =
                askerBrowser.submit(
                        form, editQuestion, Map.of("title", "CAF", "body", "x", "tags", tag));
        assertEquals(422, tooShort.status());
        assertTrue(tooShort.text().contains("Le titre doit compter entre 10 et 200 caractères"));
        Page saved =
                askerBrowser.submit(
                        form,
                        editQuestion,
                        Map.of(
                                "title",
                                "Imprimer une attestation de paiement de la CAF ?",
                                "body",
                                "Depuis l’espace Mon Compte, sans imprimante à la maison.",
                                "tags",
                                tag + ", " + otherTag));
        assertEquals(303, saved.status());
        Page edited = new PageClient(base).get(path);
        assertTrue(edited.text().contains("Imprimer une attestation de paiement de la CAF ?"));
        assertTrue(edited.text().contains("sans imprimante à la maison"));
        assertEquals(1, edited.document().select("a[href=/etiquettes/" + otherTag + "]").size());

        PageClient helperBrowser = loggedIn(helper);
        Page answerForm = helperBrowser.get(editAnswer);
        assertEquals(200, answerForm.status());
        assertEquals(
                303,
                helperBrowser
                        .submit(
                                answerForm,
                                editAnswer,
                                Map.of("body", "Je passe par l’application CAF sur le téléphone."))
                        .status());
        assertTrue(
                new PageClient(base)
                        .get(path)
                        .text()
                        .contains("Je passe par l’application CAF sur le téléphone."));

        PageClient strangerBrowser = loggedIn(stranger);
        Page seen = strangerBrowser.get(path);
        assertTrue(seen.document().select("a[href$=/modifier]").isEmpty());
        assertEquals(403, strangerBrowser.get(editQuestion).status());
        assertEquals(
                403,
                forcePost(strangerBrowser, seen, editAnswer, Map.of("body", "Vandalisme"))
                        .status());
        assertFalse(new PageClient(base).get(path).text().contains("Vandalisme"));

        PageClient moderator = loggedIn(admin());
        Page asModerator = moderator.get(path);
        assertEquals(1, asModerator.document().select("a[href=" + editAnswer + "]").size());
        assertEquals(
                303,
                moderator
                        .submit(
                                moderator.get(editAnswer),
                                editAnswer,
                                Map.of("body", "Application CAF, rubrique Mes attestations."))
                        .status());
        assertTrue(new PageClient(base).get(path).text().contains("rubrique Mes attestations"));
    }

    @Test
    void theAskerInvitesAMemberByNameWithAChoiceWhenSeveralMatch() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String family = "Invitée" + System.nanoTime();
        Member asker = api.newMember("Denise Invite");
        Member first = api.newMember("Zoé " + family);
        Member second = api.newMember("Yanis " + family);
        String id = QaApiIT.ask(api.as(asker), "Animer un atelier sur les arnaques en ligne", tag);
        String path = "/questions/" + id;
        String invite = path + "/inviter";

        PageClient askerBrowser = loggedIn(asker);
        Page page = askerBrowser.get(path);
        Page unknown = askerBrowser.submit(page, invite, Map.of("membre", "Personne" + family));
        assertEquals(422, unknown.status());
        assertTrue(unknown.text().contains("Aucun membre ne s’appelle"));

        Page exact = askerBrowser.submit(page, invite, Map.of("membre", "zoé " + family));
        assertEquals(303, exact.status());
        assertTrue(
                Outbox.awaitMail(first.email(), QaApiIT.NEWS)
                        .body()
                        .contains("Animer un atelier sur les arnaques en ligne"));

        Page choices = askerBrowser.submit(page, invite, Map.of("membre", family));
        assertEquals(200, choices.status());
        assertTrue(choices.text().contains("Plusieurs membres correspondent"));
        assertEquals(2, choices.document().select("input[name=memberId]").size());
        assertEquals(
                303,
                askerBrowser
                        .submit(choices, invite, Map.of("membre", family, "memberId", second.id()))
                        .status());
        Outbox.awaitMail(second.email(), QaApiIT.NEWS);
        Page invited = askerBrowser.get(path);
        assertTrue(invited.text().contains("Zoé " + family));
        assertTrue(invited.text().contains("Yanis " + family));

        PageClient other = loggedIn(first);
        Page seen = other.get(path);
        assertTrue(seen.document().select("form[action=" + invite + "]").isEmpty());
        assertEquals(403, forcePost(other, seen, invite, Map.of("membre", family)).status());
    }

    @Test
    void aModeratorClosesAQuestionAsADuplicateByAddressOrByTitle() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member asker = api.newMember("Émile Doublon");
        String words = "Scanner " + tag.substring(tag.indexOf('-') + 1);
        String original = QaApiIT.ask(api.asAdmin(), words + " une pièce d’identité", tag);
        String copy = QaApiIT.ask(api.as(asker), words + " sa pièce d’identité ?", tag);
        String other = QaApiIT.ask(api.as(asker), words + " une carte vitale ?", tag);
        String duplicate = "/questions/" + copy + "/doublon";

        PageClient askerBrowser = loggedIn(asker);
        Page asAsker = askerBrowser.get("/questions/" + copy);
        assertTrue(asAsker.document().select("form[action=" + duplicate + "]").isEmpty());
        assertEquals(
                403,
                forcePost(askerBrowser, asAsker, duplicate, Map.of("original", original)).status());

        PageClient moderator = loggedIn(admin());
        Page page = moderator.get("/questions/" + copy);
        Page none = moderator.submit(page, duplicate, Map.of("original", "zzzz qqqq wwww"));
        assertEquals(422, none.status());
        assertTrue(none.text().contains("Aucune question ne ressemble"));
        Page choices = moderator.submit(page, duplicate, Map.of("original", words));
        assertEquals(200, choices.status());
        assertFalse(
                choices.document()
                        .select("input[name=originalId][value=" + original + "]")
                        .isEmpty());
        assertEquals(
                303,
                moderator
                        .submit(page, duplicate, Map.of("original", base + "questions/" + original))
                        .status());
        Page closed = new PageClient(base).get("/questions/" + copy);
        assertTrue(closed.text().contains("Question fermée"));
        assertEquals(
                1,
                closed.document()
                        .select(".qa-duplicate a[href=/questions/" + original + "]")
                        .size());
        Page closedForAsker = askerBrowser.get("/questions/" + copy);
        assertTrue(closedForAsker.document().select("textarea[name=body]").isEmpty());
        assertTrue(
                closedForAsker
                        .document()
                        .select("form[action=/questions/" + copy + "/inviter]")
                        .isEmpty());

        Page byNumber = moderator.get("/questions/" + other);
        assertEquals(
                303,
                moderator
                        .submit(
                                byNumber,
                                "/questions/" + other + "/doublon",
                                Map.of("original", original))
                        .status());
        assertTrue(
                new PageClient(base).get("/questions/" + other).text().contains("Question fermée"));
    }

    @Test
    void moderatorsRewordATagAndNewMembersCannot() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String path = "/etiquettes/" + tag;
        String edit = path + "/modifier";
        Member newcomer = api.newMember("Fanny Nouvelle");
        PageClient newcomerBrowser = loggedIn(newcomer);
        Page seen = newcomerBrowser.get(path);
        assertTrue(seen.document().select("form[action=" + edit + "]").isEmpty());
        assertEquals(
                403,
                forcePost(newcomerBrowser, seen, edit, Map.of("label", "Piraté", "description", ""))
                        .status());

        PageClient moderator = loggedIn(admin());
        Page page = moderator.get(path);
        Page tooLong =
                moderator.submit(
                        page, edit, Map.of("label", "x".repeat(61), "description", "Trop long"));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.text().contains("60 caractères au plus"));
        assertEquals(
                303,
                moderator
                        .submit(
                                page,
                                edit,
                                Map.of(
                                        "label",
                                        "Essai d’étiquette",
                                        "description",
                                        "Les questions sur les ateliers d’essai."))
                        .status());
        Page reworded = new PageClient(base).get(path);
        assertTrue(reworded.document().select("h1").text().contains("Essai d’étiquette"));
        assertTrue(reworded.text().contains("Les questions sur les ateliers d’essai."));
        assertFalse(reworded.text().contains("Piraté"));
    }

    @Test
    void theAskerNamesAPlaceByNameAndChoosesWhenSeveralMatch() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String town = "Lieuville" + System.nanoTime();
        Member asker = api.newMember("Gaël Lieu");
        Map<String, Object> north = QaApiIT.aPlaceInRennes();
        north.put("nom", "Médiathèque " + town + " Nord");
        Map<String, Object> south = QaApiIT.aPlaceInRennes();
        south.put("nom", "Médiathèque " + town + " Sud");
        String northId =
                api.as(asker)
                        .body(north)
                        .post("/api/v1/places")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String southId =
                api.asAdmin()
                        .body(south)
                        .post("/api/v1/places")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        PageClient browser = loggedIn(asker);
        Page form = browser.get("/questions/poser");
        assertFalse(form.document().select("input[name=placeId][value=" + northId + "]").isEmpty());
        assertEquals(1, form.document().select("input#lieu").size());
        Map<String, String> fields = new HashMap<>();
        fields.put("title", "Prêter des tablettes aux usagers de la médiathèque");
        fields.put("body", "Quelle charte faire signer ?");
        fields.put("tags", tag);
        fields.put("placeId", "");
        fields.put("etape", "publier");

        fields.put("lieu", "Nulle part " + town);
        Page none = browser.submit(form, "/questions/poser", fields);
        assertEquals(422, none.status());
        assertTrue(none.text().contains("Aucun lieu de l’annuaire ne correspond"));

        fields.put("lieu", town);
        Page several = browser.submit(form, "/questions/poser", fields);
        assertEquals(422, several.status());
        assertTrue(several.text().contains("Plusieurs lieux correspondent"));
        assertFalse(
                several.document().select("input[name=placeId][value=" + southId + "]").isEmpty());

        fields.put("lieu", "");
        fields.put("placeId", southId);
        Page published = browser.submit(several, "/questions/poser", fields);
        assertEquals(303, published.status());
        Page question =
                new PageClient(base).get(java.net.URI.create(published.location()).getPath());
        assertTrue(question.text().contains("Médiathèque " + town + " Sud"));

        fields.put("lieu", "médiathèque " + town + " nord");
        fields.put("placeId", "");
        fields.put("title", "Horaires d’ouverture de l’espace numérique le samedi");
        Page byName = browser.submit(form, "/questions/poser", fields);
        assertEquals(303, byName.status());
        String questionId =
                java.net.URI.create(byName.location()).getPath().replace("/questions/", "");
        api.anonymous()
                .get("/api/v1/questions/" + questionId)
                .then()
                .statusCode(200)
                .body("placeId", org.hamcrest.Matchers.equalTo(northId));
    }

    /** A post with the session's CSRF token (taken from the logout form) to a form not shown. */
    private static Page forcePost(
            PageClient browser, Page anyPage, String action, Map<String, String> fields) {
        String token =
                anyPage.document()
                        .select("form[action=/deconnexion] input[name=_csrf]")
                        .attr("value");
        Map<String, String> all = new HashMap<>(fields);
        all.put("_csrf", token);
        return browser.post(action, all);
    }

    private static Member admin() {
        return Member.firstAdmin();
    }

    /** An administrator gives the tag a new, unique label through the API: that label. */
    private static String renameTag(Api api, String tag) {
        String label = "Tablettes " + System.nanoTime();
        api.asAdmin()
                .body(Map.of("label", label, "description", "Réglages et prise en main."))
                .put("/api/v1/tags/" + tag)
                .then()
                .statusCode(200);
        return label;
    }
}

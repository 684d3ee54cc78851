package org.relais.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Deployments;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;

/** Q&A as a visitor without JavaScript uses it: ask in two steps, answer, vote, accept, find. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QaPagesIT {
    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relais();
    }

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

        List<String> answers =
                api.anonymous().get("/api/v1/questions/" + id).then().extract().path("answers.id");
        String accept = path + "/reponses/" + answers.get(0) + "/accepter";
        Page asked = askerBrowser.get(path);
        assertEquals(1, asked.document().select("form[action=" + accept + "]").size());
        assertEquals(303, askerBrowser.submit(asked, accept, Map.of()).status());
        assertTrue(askerBrowser.get(path).text().contains("Réponse acceptée"));

        Page experts = helperBrowser.get("/experts?etiquette=" + tag);
        assertEquals(200, experts.status());
        assertTrue(experts.text().contains("Marc Aide"));
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
        assertEquals(200, visitor.get("/experts").status());
        assertEquals(303, visitor.get("/questions/poser").status());
    }
}

package org.relais.directory.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.directory.application.PersonView;
import org.relais.directory.application.PlaceDraft;
import org.relais.directory.application.PlaceSearchRequest;
import org.relais.directory.application.PlaceService;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.Communes;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.home.HomeResource;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.validation.Revision;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.PlacePageSection;
import org.relais.platform.web.view.View;

/** The directory's pages: search with filters and a map, place pages, the place form. */
@ApplicationScoped
@Path("lieux")
@Produces(MediaType.TEXT_HTML)
public class PlacePages {
    private static final Jsonb JSON = JsonbBuilder.create();
    static final int PAGE_SIZE = 20;

    @Inject PlaceService places;
    @Inject jakarta.enterprise.inject.Instance<PlacePageSection> placeSections;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @Inject
    @ConfigProperty(name = "relais.map.tiles-url")
    String tilesUrl;

    @Inject
    @ConfigProperty(name = "relais.map.attribution")
    String attribution;

    @GET
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("service") String service,
            @QueryParam("public") String publicServed,
            @QueryParam("region") String region,
            @QueryParam("departement") String departement,
            @QueryParam("pres") String near,
            @QueryParam("rayon") String radius,
            @QueryParam("page") String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", orEmpty(q));
        form.put("type", orEmpty(type));
        form.put("service", orEmpty(service));
        form.put("public", orEmpty(publicServed));
        form.put("region", orEmpty(region));
        form.put("departement", orEmpty(departement));
        form.put("pres", orEmpty(near));
        form.put("rayon", radius == null || radius.isBlank() ? "20" : radius);
        View view =
                View.of("directory/places")
                        .with("form", form)
                        .with("types", PlaceTypes.LABELS)
                        .with("services", PlaceSchema.allowedValues("services"))
                        .with(
                                "publics",
                                PlaceSchema.allowedValues("publics_specifiquement_adresses"))
                        .with("regions", Communes.france().regions())
                        .with("departements", Communes.france().departements())
                        .with("tilesUrl", tilesUrl)
                        .with("attribution", attribution);
        try {
            PlaceSearchRequest request =
                    new PlaceSearchRequest(
                            q,
                            type,
                            service,
                            publicServed,
                            region,
                            departement,
                            near,
                            form.get("rayon"));
            PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
            PlaceService.PlaceResults results = places.search(request, paging);
            return Response.ok(
                            view.with("results", results.items())
                                    .with("total", results.total())
                                    .with("page", paging.page())
                                    .with("pageCount", paging.pageCount(results.total()))
                                    .with(
                                            "town",
                                            request.town().map(Communes.Commune::nom).orElse(null))
                                    .with("pageQuery", query(form)))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    view.with("results", List.of())
                            .with("total", 0)
                            .with("page", 1)
                            .with("pageCount", 1),
                    violation);
        }
    }

    @GET
    @Path("nouveau")
    @RolesAllowed("member")
    public View createForm() {
        return PlaceForms.view(
                null, new PlaceDraft(Map.of("source", "Relais"), false, Set.of()), null);
    }

    @POST
    @Path("nouveau")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        PlaceDraft draft = PlaceForms.draft(form);
        try {
            PlaceView created = places.create(caller.require(), draft);
            return toPlace(created.id(), "?enregistre");
        } catch (RuleViolation violation) {
            return formErrors.rerender(PlaceForms.view(null, draft, null), violation);
        }
    }

    @GET
    @Path("{id}")
    public View place(@PathParam("id") String id, @QueryParam("enregistre") String saved) {
        PlaceView place = places.get(id);
        Optional<Caller> me = caller.get();
        Optional<PersonView> myLink =
                me.flatMap(
                        c ->
                                place.people().stream()
                                        .filter(p -> p.accountId() == c.accountId())
                                        .findFirst());
        return View.of("directory/place")
                .with("place", place)
                .with("saved", saved != null)
                .with("canEdit", me.map(c -> places.canEdit(c, id)).orElse(false))
                .with("myLink", myLink.orElse(null))
                .with("types", PlaceTypes.LABELS)
                .with("tilesUrl", tilesUrl)
                .with("attribution", attribution)
                .with("jsonLd", jsonLd(place))
                .with("sections", sections(place.id()));
    }

    /** The other capabilities' sections of the place's page, in order, those with data only. */
    private List<HomeResource.RenderedSection> sections(String placeId) {
        return placeSections.stream()
                .sorted(java.util.Comparator.comparingInt(PlacePageSection::order))
                .flatMap(
                        s ->
                                s
                                        .data(placeId)
                                        .map(d -> new HomeResource.RenderedSection(s.template(), d))
                                        .stream())
                .toList();
    }

    @GET
    @Path("{id}/modifier")
    @RolesAllowed("member")
    public View editForm(@PathParam("id") String id) {
        if (!places.canEdit(caller.require(), id)) {
            throw new org.relais.platform.error.AccessDeniedException("place.not-manager");
        }
        return PlaceForms.view(id, places.draftOf(id), places.get(id).revision());
    }

    @POST
    @Path("{id}/modifier")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        PlaceDraft draft = PlaceForms.draft(form);
        String revision = form.getFirst("revision");
        try {
            places.update(caller.require(), id, draft, revision);
            return toPlace(id, "?enregistre");
        } catch (RuleViolation violation) {
            PlaceView saved = places.get(id);
            String seen = Revision.resumeFrom(violation, revision, saved.revision());
            return formErrors.rerender(
                    PlaceForms.view(id, draft, seen)
                            .with("savedFields", PlaceForms.differences(saved, draft)),
                    violation);
        }
    }

    @POST
    @Path("{id}/je-travaille-ici")
    @RolesAllowed("member")
    public Response declare(@PathParam("id") String id) {
        places.declareWorkingAt(caller.require(), id);
        return toPlace(id, "#personnes");
    }

    @POST
    @Path("{id}/personnes/{accountId}/confirmer")
    @RolesAllowed("member")
    public Response confirm(@PathParam("id") String id, @PathParam("accountId") long accountId) {
        places.confirmPerson(caller.require(), id, accountId);
        return toPlace(id, "#personnes");
    }

    @POST
    @Path("{id}/personnes/{accountId}/retirer")
    @RolesAllowed("member")
    public Response remove(@PathParam("id") String id, @PathParam("accountId") long accountId) {
        places.removePerson(caller.require(), id, accountId);
        return toPlace(id, "#personnes");
    }

    @POST
    @Path("{id}/masquer")
    @RolesAllowed({"moderator", "admin"})
    public Response hide(@PathParam("id") String id) {
        places.hide(caller.require(), id);
        return Response.seeOther(URI.create("/moderation/lieux")).build();
    }

    @POST
    @Path("{id}/fusionner")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") String id, @FormParam("into") String into) {
        PlaceView kept = places.merge(caller.require(), id, into == null ? "" : into.strip());
        return toPlace(kept.id(), "");
    }

    /** schema.org Place, for search engines and other directories. */
    static String jsonLd(PlaceView place) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("streetAddress", place.value("adresse"));
        address.put("postalCode", place.value("code_postal"));
        address.put("addressLocality", place.value("commune"));
        address.put("addressCountry", "FR");
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Place");
        ld.put("name", place.value("nom"));
        ld.put("address", address);
        if (!place.value("presentation_resume").isEmpty()) {
            ld.put("description", place.value("presentation_resume"));
        }
        if (place.latitude() != null) {
            ld.put(
                    "geo",
                    Map.of(
                            "@type",
                            "GeoCoordinates",
                            "latitude",
                            place.latitude(),
                            "longitude",
                            place.longitude()));
        }
        if (!place.value("telephone").isEmpty()) {
            ld.put("telephone", place.value("telephone"));
        }
        if (!place.value("horaires").isEmpty()) {
            ld.put("openingHours", place.value("horaires"));
        }
        List<String> sites = place.list("site_web");
        if (!sites.isEmpty()) {
            ld.put("url", sites.get(0));
        }
        // "</" must not appear inside the script element that carries the JSON-LD.
        return JSON.toJson(ld).replace("</", "<\\/");
    }

    private static String query(Map<String, String> form) {
        StringBuilder query = new StringBuilder();
        form.forEach(
                (name, value) -> {
                    if (!value.isEmpty()) {
                        query.append(query.length() == 0 ? "" : "&")
                                .append(name)
                                .append('=')
                                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                    }
                });
        return query.toString();
    }

    /** After a form on a place: back to its page, at the given suffix (query or anchor). */
    private static Response toPlace(String id, String suffix) {
        return Response.seeOther(URI.create("/lieux/" + encode(id) + suffix)).build();
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}

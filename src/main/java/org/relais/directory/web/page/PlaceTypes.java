package org.relais.directory.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * French labels of the structure types (data.inclusion typology) that the directory offers as a
 * filter. The schema accepts any code of that typology; unknown codes are shown as they are.
 */
public final class PlaceTypes {
    public static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("ASSO", "Association");
        LABELS.put("BIB", "Bibliothèque, médiathèque");
        LABELS.put("CAF", "Caisse d’allocations familiales");
        LABELS.put("CCAS", "Centre communal d’action sociale");
        LABELS.put("CS", "Centre social");
        LABELS.put("DEPT", "Département");
        LABELS.put("EPCI", "Intercommunalité");
        LABELS.put("MJC", "Maison des jeunes et de la culture");
        LABELS.put("MQ", "Maison de quartier");
        LABELS.put("ML", "Mission locale");
        LABELS.put("MUNI", "Commune, mairie");
        LABELS.put("PIMMS", "Point information médiation multiservices");
        LABELS.put("TIERS_LIEUX", "Tiers-lieu, FabLab");
    }

    private PlaceTypes() {}

    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}

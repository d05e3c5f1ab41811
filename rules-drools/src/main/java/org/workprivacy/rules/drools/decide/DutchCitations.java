package org.workprivacy.rules.drools.decide;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a rule's legal basis the way Dutch lawyers cite it ("art. 6 lid 1 onder f AVG", "art. 7:611 BW",
 * "EHRM ... t. Roemenië"). Dutch acts cited by their abbreviation (WOR, UAVG, AWR) keep it. Rules cite in English in one fixed style (docs/authoring.md); a citation this
 * class does not recognise is shown as written, never dropped. Presentation only: no verdict depends on it.
 */
final class DutchCitations {
    /** "GDPR art. 6(1)(f)", "WOR art. 27(1)(l)", "UAVG art. 30": article, paragraph, point. */
    private static final Pattern ARTICLE = Pattern.compile(
            "^(GDPR|WOR|UAVG|AWR) art\\. (\\d+[a-z]?)(?:\\((\\d+[a-z]?)\\))?(?:\\(([a-z]+|[ivx]+)\\))?(.*)$");
    private static final Pattern RECITAL = Pattern.compile("^GDPR recital (\\d+)$");
    private static final Pattern CODE = Pattern.compile(
            "^(Dutch Civil Code|Dutch Code of Civil Procedure|Dutch Criminal Code|Dutch Telecommunications Act) art\\. ([\\w.:]+)(.*)$");
    private static final Map<String, String> LAWS = Map.of("GDPR", "AVG", "WOR", "WOR", "UAVG", "UAVG", "AWR", "AWR",
            "Dutch Civil Code", "BW", "Dutch Code of Civil Procedure", "Rv", "Dutch Criminal Code", "Sr",
            "Dutch Telecommunications Act", "Tw");
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("ECtHR ", "EHRM "), Map.entry(" v. ", " t. "), Map.entry("[GC]", "[GK]"),
            Map.entry(" nos. ", " nrs. "), Map.entry(" no. ", " nr. "), Map.entry(" and Others", " e.a."),
            Map.entry(" and ", " en "),
            Map.entry("Romania", "Roemenië"), Map.entry("United Kingdom", "Verenigd Koninkrijk"),
            Map.entry("France", "Frankrijk"), Map.entry("Spain", "Spanje"),
            Map.entry("WP29 Opinion 2/2017 on data processing at work", "WP29 Advies 2/2017 over gegevensverwerking op het werk"),
            Map.entry("EDPB Guidelines 05/2020 on consent", "EDPB-richtsnoeren 05/2020 inzake toestemming"),
            Map.entry("EDPB Guidelines 07/2020 on the concepts of controller and processor",
                    "EDPB-richtsnoeren 07/2020 over de begrippen verwerkingsverantwoordelijke en verwerker"),
            Map.entry("Dutch DPA list of processing operations requiring a DPIA",
                    "Lijst van de AP van verwerkingen waarvoor een DPIA verplicht is"));

    private DutchCitations() {
    }

    static List<String> render(List<String> citations) {
        return citations.stream().map(DutchCitations::render).toList();
    }

    static String render(String citation) {
        Matcher article = ARTICLE.matcher(citation);
        if (article.matches()) {
            return "art. " + article.group(2)
                    + (article.group(3) == null ? "" : " lid " + article.group(3))
                    + (article.group(4) == null ? "" : " onder " + article.group(4))
                    + " " + LAWS.get(article.group(1)) + article.group(5);
        }
        Matcher recital = RECITAL.matcher(citation);
        if (recital.matches()) {
            return "overweging " + recital.group(1) + " AVG";
        }
        Matcher code = CODE.matcher(citation);
        if (code.matches()) {
            return "art. " + code.group(2) + " " + LAWS.get(code.group(1)) + code.group(3);
        }
        String text = citation;
        if (text.startsWith("ECtHR ") || text.startsWith("WP29 ") || text.startsWith("EDPB ") || text.startsWith("Dutch DPA ")) {
            for (Map.Entry<String, String> word : WORDS) {
                text = text.replace(word.getKey(), word.getValue());
            }
        }
        return text;
    }
}

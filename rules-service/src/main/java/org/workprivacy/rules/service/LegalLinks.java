package org.workprivacy.rules.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a citation can be read: GDPR articles on gdpr-info.eu (the regulation's text, article by article),
 * ECtHR judgments on HUDOC by application number. Other citations (Dutch law, WP29, EDPB) stay plain text.
 */
final class LegalLinks {
    private static final Pattern GDPR_ARTICLE = Pattern.compile("^GDPR art\\. (\\d+)");
    private static final Pattern GDPR_RECITAL = Pattern.compile("^GDPR recital (\\d+)");
    private static final Pattern ECTHR = Pattern.compile("^ECtHR .*?nos?\\. (\\d+/\\d+)");

    private LegalLinks() {
    }

    static Optional<String> of(String citation) {
        Matcher article = GDPR_ARTICLE.matcher(citation);
        if (article.find()) {
            return Optional.of("https://gdpr-info.eu/art-" + article.group(1) + "-gdpr/");
        }
        Matcher recital = GDPR_RECITAL.matcher(citation);
        if (recital.find()) {
            return Optional.of("https://gdpr-info.eu/recitals/no-" + recital.group(1) + "/");
        }
        Matcher ecthr = ECTHR.matcher(citation);
        if (ecthr.find()) {
            String query = "{\"appno\":[\"" + ecthr.group(1) + "\"]}";
            return Optional.of("https://hudoc.echr.coe.int/eng#"
                    + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return Optional.empty();
    }
}

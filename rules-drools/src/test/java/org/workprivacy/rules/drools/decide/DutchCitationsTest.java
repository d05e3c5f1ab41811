package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.junit.jupiter.params.provider.CsvSource;

class DutchCitationsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GDPR art. 6(1)(f)                                        | art. 6 lid 1 onder f AVG
            GDPR art. 5(2)                                           | art. 5 lid 2 AVG
            GDPR art. 30                                             | art. 30 AVG
            GDPR art. 9(2)(b)                                        | art. 9 lid 2 onder b AVG
            GDPR recital 49                                          | overweging 49 AVG
            WOR art. 27(1)(l)                                        | art. 27 lid 1 onder l WOR
            WOR art. 35c                                             | art. 35c WOR
            AWR art. 52(4)                                           | art. 52 lid 4 AWR
            UAVG art. 30                                             | art. 30 UAVG
            Dutch Civil Code art. 7:611                              | art. 7:611 BW
            Dutch Code of Civil Procedure art. 843a                  | art. 843a Rv
            Dutch Criminal Code art. 139c                            | art. 139c Sr
            ECtHR Barbulescu v. Romania [GC], no. 61496/08 (2017)   | EHRM Barbulescu t. Roemenië [GK], nr. 61496/08 (2017)
            ECtHR Lopez Ribalda and Others v. Spain [GC], nos. 1874/13 and 8567/13 (2019) | EHRM Lopez Ribalda e.a. t. Spanje [GK], nrs. 1874/13 en 8567/13 (2019)
            WP29 Opinion 2/2017 on data processing at work           | WP29 Advies 2/2017 over gegevensverwerking op het werk
            Something we do not know                                 | Something we do not know
            """)
    void citesTheDutchWay(String english, String dutch) {
        assertThat(DutchCitations.render(english)).isEqualTo(dutch);
    }

    /** A citation written in a form the renderer does not know would show in English in a Dutch verdict. */
    @Test
    void everyCitationOfTheBundledRulesIsWrittenTheDutchWay() {
        Pattern legalBasis = Pattern.compile("@legalBasis\\(\"([^\"]+)\"\\)");
        RuleSetFiles.fromClasspath().withExtension("drl", "dslr").forEach(file -> {
            Matcher m = legalBasis.matcher(file.content());
            while (m.find()) {
                for (String citation : m.group(1).split(";")) {
                    assertThat(DutchCitations.render(citation.strip())).as("%s in %s", citation.strip(), file.path())
                            .doesNotStartWith("GDPR").doesNotStartWith("Dutch").doesNotStartWith("ECtHR")
                            .doesNotContain(" on consent").doesNotContain("Opinion");
                }
            }
        });
    }
}

package org.workprivacy.rules.service;

import java.util.Locale;

/** The fixed words of the rulebook pages, in English and Dutch (texts from the rules come from the rule set). */
enum PageText {
    TITLE("Workplace privacy rulebook", "Rulebook privacy op het werk"),
    RULE_SET_VERSION("Rule-set version", "Versie van de regels"),
    DATE("Date", "Datum"),
    LANGUAGE("Language", "Taal"),
    RULEBOOK("Rulebook", "Regels"),
    TRY("Try a situation", "Probeer een situatie"),
    TRY_INTRO("Choose a scenario and state the facts you know; leave the others not stated. The answer comes from the rules deciding now.",
            "Kies een scenario en vul de feiten in die u kent; laat de rest open. Het antwoord komt van de regels die nu beslissen."),
    SCENARIO("Scenario", "Scenario"),
    DECIDE("Decide", "Beslis"),
    COPY_JSON("Copy as JSON", "Kopieer als JSON"),
    COPY_CURL("Copy as curl command", "Kopieer als curl-opdracht"),
    LINK("Link to this situation", "Link naar deze situatie"),
    SITUATION_AS_TEXT("This situation as JSON and as a curl command", "Deze situatie als JSON en als curl-opdracht"),
    SKIP("Skip to the rulebook", "Naar de regels"),
    SEARCH("Search by code, article or word", "Zoek op code, artikel of woord"),
    SCENARIOS("Scenarios", "Scenario's"),
    RULES("rules", "regels"),
    UNCOVERED("rules that no case fires", "regels die geen casus raakt"),
    NOT_COVERED("No casebook case fires this rule.", "Geen casus uit het casusboek raakt deze regel."),
    CODE("Code", "Code"),
    WHEN("When", "Als"),
    THEN("Then", "Dan"),
    MESSAGE("Message", "Bericht"),
    NO_MESSAGE("(no text for this code)", "(geen tekst voor deze code)"),
    LEGAL_BASIS("Legal basis", "Rechtsgrond"),
    CASES("Cases that fire it", "Casussen die haar raken"),
    CASEBOOK("Casebook", "Casusboek"),
    CASE("Case", "Casus"),
    EXPECTED("Expected", "Verwacht"),
    ACTUAL("Rules give", "Regels geven"),
    PASSES("passes", "klopt"),
    FAILS("fails", "klopt niet"),
    UNREADABLE("facts cannot be read", "feiten onleesbaar"),
    TRY_CASE("try", "probeer"),
    FILE("File", "Bestand"),
    ALLOW("allows", "staat toe"),
    DENY("forbids", "verbiedt"),
    CONDITION("condition", "voorwaarde"),
    ALLOWED("ALLOWED", "TOEGESTAAN"),
    DENIED("DENIED", "GEWEIGERD"),
    PROBLEMS("Not everything could be read", "Niet alles kon worden gelezen"),
    STALE("The last edit of the rules has errors, so these are still the last good rules.",
            "De laatste wijziging van de regels bevat fouten; dit zijn nog de laatste goede regels."),
    NO_RULES("No rules.", "Geen regels."),
    MATCHES("rules shown", "regels getoond"),
    INDEX("All scenarios", "Alle scenario's"),
    OTHER("Rules of no single scenario", "Regels zonder eigen scenario"),
    EXPORT_NOTE("A static copy of the rulebook, written by workprivacy rulebook.",
            "Een vaste kopie van de regels, geschreven door workprivacy rulebook."),
    SCENARIO_SUBJECT_LINE("A helpdesk troubleshooting a work mailbox", "Een helpdesk die een werkmailbox nakijkt"),
    SCENARIO_OUT_OF_OFFICE("Out-of-office: acting on an absent employee's mailbox",
            "Afwezigheid: handelen in de mailbox van een afwezige werknemer"),
    SCENARIO_CHAT_MONITORING("Monitoring of work chat", "Meekijken in werkchat"),
    SCENARIO_MAILBOX_RETENTION("The mailbox of an employee who has left", "De mailbox van een vertrokken werknemer"),
    SCENARIO_HOLD_RECORDING("Recording or listening in on customer calls", "Klantgesprekken opnemen of meeluisteren");

    final String en;
    final String nl;

    PageText(String en, String nl) {
        this.en = en;
        this.nl = nl;
    }

    /** Both languages, each marked so that the page shows only the one chosen. */
    String html() {
        return "<span class=\"t-en\" lang=\"en\">" + Html.esc(en) + "</span><span class=\"t-nl\" lang=\"nl\">"
                + Html.esc(nl) + "</span>";
    }

    /** The title of a scenario by its id, or the id itself for a scenario this page has no words for. */
    static String scenarioTitle(String scenario) {
        try {
            return valueOf("SCENARIO_" + scenario.toUpperCase(Locale.ROOT).replace('-', '_')).html();
        } catch (IllegalArgumentException e) {
            return scenario.equals("other") ? OTHER.html() : Html.esc(scenario);
        }
    }
}

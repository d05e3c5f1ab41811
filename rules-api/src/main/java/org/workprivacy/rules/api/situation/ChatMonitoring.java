package org.workprivacy.rules.api.situation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.workprivacy.rules.api.facts.Question;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * An employer wants to monitor how employees use a workplace chat tool (Teams, Slack, Lync/Skype for
 * Business and the like): may it do so in the way described?
 *
 * <p>Every component is optional: {@code null} means the caller did not state the fact. The engine
 * asks only for a fact whose value would change the outcome. Facts that contradict each other (group
 * statistics about one singled-out employee) are refused here, never decided.
 *
 * @param scope                          whom the monitoring covers: one employee singled out for a reason
 *                                       that concerns that employee, or all employees (also a whole team
 *                                       or department) without an individual reason; group statistics
 *                                       cover everyone by nature
 * @param monitoredData                  what is looked at: group-level statistics that cannot be traced to
 *                                       anyone, per-person activity data (when, how often, how long, with
 *                                       whom, but not what was written), or the content of the messages
 * @param policyKnownToEmployees         a written policy (ICT regulation or monitoring protocol) explicitly
 *                                       says that chat may be monitored in this way (what, when, by whom,
 *                                       with what consequences) and employees were told about it before the
 *                                       monitoring started
 * @param worksCouncil                   whether the organisation has a works council and, if so, whether it
 *                                       consented to the regulation that provides for this monitoring
 * @param claimedBasis                   the lawful basis the employer relies on: its legitimate interest, or
 *                                       the employee's consent (including a consent clause in the
 *                                       employment contract or a signed form)
 * @param warnedAboutSpecificConduct     for monitoring one employee: that employee was already spoken to,
 *                                       and this was recorded, about specific conduct (for example offensive
 *                                       language or excessive private chatting) that the monitoring is meant
 *                                       to check
 * @param concreteSuspicion              for monitoring one employee who was not warned: there is a concrete,
 *                                       documented suspicion of serious misconduct by that employee (such
 *                                       as fraud, theft or leaking confidential information) that warning
 *                                       or telling the employee first would frustrate; the facts it rests
 *                                       on are recorded before the monitoring starts. It decides only for
 *                                       an employee who was not warned; stated for anyone else it changes
 *                                       nothing (a suspicion does not make monitoring everyone lawful)
 * @param lessIntrusiveMeansInsufficient for reading one employee's chat content: less intrusive means
 *                                       (another conversation, activity data only) were tried or weighed
 *                                       and cannot establish or stop the conduct
 * @param channel                        where the chat takes place: a chat tool the employer provides for
 *                                       work, or a private messaging app (WhatsApp and the like) on a
 *                                       private or a work phone
 * @param decidedBy                      for monitoring one employee: who decided the review, the person or
 *                                       body the policy designates (management or HR), or an IT
 *                                       administrator acting on their own initiative
 * @param dpiaDone                       a data protection impact assessment of the monitoring was carried
 *                                       out, and its measures taken, before the monitoring starts
 * @param otherParticipants              for reading one employee's chat content: whose messages are read
 *                                       too, nobody else's (only what the employee wrote), colleagues', or
 *                                       people's outside the organisation (customers, suppliers, private
 *                                       contacts)
 * @param specialCategoryData            the chats concerned contain special categories of personal data
 *                                       (GDPR art. 9(1)): health, religion, sexual orientation, trade-union
 *                                       membership and the like
 */
@JsonClassDescription("May the employer monitor employees' use of a workplace chat tool in the way described?")
public record ChatMonitoring(
        @JsonPropertyDescription("Whom the monitoring covers: one employee singled out for a reason concerning that "
                + "employee, or all employees (also a whole team or department); group statistics cover everyone.")
        MonitoringScope scope,
        @JsonPropertyDescription("What is looked at: anonymous group statistics, per-person activity data (when, how "
                + "often, with whom; not what was written), or message content.")
        @Question
        MonitoredData monitoredData,
        @JsonPropertyDescription("A written policy says chat may be monitored in this way, and employees were told before"
                + " the monitoring started.")
        Boolean policyKnownToEmployees,
        @JsonPropertyDescription("Whether there is a works council and, if so, whether it consented to the regulation "
                + "that provides for this monitoring.")
        WorksCouncilStatus worksCouncil,
        @JsonPropertyDescription("The lawful basis the employer relies on: its legitimate interest, or the employee's "
                + "consent (including a clause in the employment contract).")
        ClaimedBasis claimedBasis,
        @JsonPropertyDescription("Monitoring one employee: that employee was already spoken to, on record, about the "
                + "specific conduct the monitoring is meant to check.")
        Boolean warnedAboutSpecificConduct,
        @JsonPropertyDescription("Monitoring one employee who was not warned: there is a concrete, documented suspicion "
                + "of serious misconduct (such as fraud, theft or leaking confidential information) that a warning would "
                + "frustrate.")
        Boolean concreteSuspicion,
        @JsonPropertyDescription("Reading one employee's chat content: less intrusive means were tried or weighed and "
                + "cannot establish or stop the conduct.")
        Boolean lessIntrusiveMeansInsufficient,
        @JsonPropertyDescription("Where the chat takes place: a chat tool the employer provides for work, or a private "
                + "messaging app such as WhatsApp (on a private or a work phone).")
        Channel channel,
        @JsonPropertyDescription("Monitoring one employee: who decided the review, management or HR as the policy "
                + "designates, or an IT administrator on their own initiative.")
        DecidedBy decidedBy,
        @JsonPropertyDescription("A data protection impact assessment (DPIA) of the monitoring was carried out, and its "
                + "measures taken, before the monitoring starts.")
        Boolean dpiaDone,
        @JsonPropertyDescription("Reading one employee's chat content: whose messages are read too, nobody else's, "
                + "colleagues', or those of people outside the organisation.")
        OtherParticipants otherParticipants,
        @JsonPropertyDescription("The chats concerned contain special categories of personal data (GDPR art. 9(1)): "
                + "health, religion, sexual orientation, trade-union membership and the like.")
        Boolean specialCategoryData) implements Situation {

    /** The canonical constructor: refuses facts that contradict each other ({@link InvalidSituationException}). */
    public ChatMonitoring {
        if (scope == MonitoringScope.TARGETED_EMPLOYEE && monitoredData == MonitoredData.AGGREGATE_STATISTICS) {
            throw new InvalidSituationException("facts.monitoredData", "aggregate-statistics contradicts facts.scope: "
                    + "targeted-employee (figures about one singled-out employee are that employee's activity data; "
                    + "ask again with monitoredData activity-metadata)");
        }
    }

    /** Whom the monitoring covers. */
    public enum MonitoringScope {
        /** One identified employee, singled out for a reason that concerns that employee. */
        @JsonProperty("targeted-employee") TARGETED_EMPLOYEE,
        /** Everyone, or a whole team or department, without an individual reason. */
        @JsonProperty("all-employees") ALL_EMPLOYEES
    }

    /** What is looked at, from least to most intrusive. */
    public enum MonitoredData {
        /** Group-level figures (volumes, peak times, number of active users) not traceable to any person. */
        @JsonProperty("aggregate-statistics") AGGREGATE_STATISTICS,
        /** Per-person activity: when, how often, how long and with whom someone chats, not what is written. */
        @JsonProperty("activity-metadata") ACTIVITY_METADATA,
        /** The text of the messages (reading, logging or keyword-scanning it). */
        @JsonProperty("content") CONTENT
    }

    /** Whether there is a works council and whether it consented to the monitoring regulation. */
    public enum WorksCouncilStatus {
        /** The organisation has no works council. */
        @JsonProperty("no-works-council") NO_WORKS_COUNCIL,
        /** The works council consented to the regulation that provides for this monitoring. */
        @JsonProperty("consented") CONSENTED,
        /** There is a works council, but it has not consented (refused, or was never asked). */
        @JsonProperty("not-consented") NOT_CONSENTED
    }

    /** Where the chat takes place. */
    public enum Channel {
        /** A chat tool the employer provides for work (Teams, Slack, Lync/Skype for Business). */
        @JsonProperty("work-tool") WORK_TOOL,
        /** A private messaging app (WhatsApp, Signal and the like), on a private or a work phone. */
        @JsonProperty("private-app") PRIVATE_APP
    }

    /** Who decided to review one employee's chat. */
    public enum DecidedBy {
        /** The person or body the policy designates: management or HR (for example a manager together with HR). */
        @JsonProperty("management-or-hr") MANAGEMENT_OR_HR,
        /** An IT administrator, or anyone else with technical access, acting without such a decision. */
        @JsonProperty("it-on-own-initiative") IT_ON_OWN_INITIATIVE
    }

    /** Whose messages are read too when one employee's chat content is read. */
    public enum OtherParticipants {
        /** Nobody else's: only the messages the employee wrote are read. */
        @JsonProperty("none") NONE,
        /** Colleagues', who are covered by the same policy. */
        @JsonProperty("colleagues") COLLEAGUES,
        /** People's outside the organisation (customers, suppliers, private contacts), who never saw the policy. */
        @JsonProperty("outside-parties") OUTSIDE_PARTIES
    }

    /** The lawful basis the employer relies on. */
    public enum ClaimedBasis {
        /** The employer's legitimate interest, weighed against the employees' interests. */
        @JsonProperty("legitimate-interest") LEGITIMATE_INTEREST,
        /** The employee's consent, e.g. a clause in the employment contract or a signed statement. */
        @JsonProperty("employee-consent") EMPLOYEE_CONSENT
    }

    /** A builder that names each fact; every fact it is not given stays not stated ({@code null}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ChatMonitoring} fact by fact, by name rather than position. A fact that is not set is not
     * stated ({@code null}). {@link #build()} checks the facts as the canonical constructor does.
     */
    public static final class Builder {
        private MonitoringScope scope;
        private MonitoredData monitoredData;
        private Boolean policyKnownToEmployees;
        private WorksCouncilStatus worksCouncil;
        private ClaimedBasis claimedBasis;
        private Boolean warnedAboutSpecificConduct;
        private Boolean concreteSuspicion;
        private Boolean lessIntrusiveMeansInsufficient;
        private Channel channel;
        private DecidedBy decidedBy;
        private Boolean dpiaDone;
        private OtherParticipants otherParticipants;
        private Boolean specialCategoryData;

        private Builder() {
        }

        /** States {@link ChatMonitoring#scope() scope}; {@code null} leaves it not stated. */
        public Builder scope(MonitoringScope scope) {
            this.scope = scope;
            return this;
        }

        /** States {@link ChatMonitoring#monitoredData() monitoredData}; {@code null} leaves it not stated. */
        public Builder monitoredData(MonitoredData monitoredData) {
            this.monitoredData = monitoredData;
            return this;
        }

        /** States {@link ChatMonitoring#policyKnownToEmployees() policyKnownToEmployees}; {@code null} leaves it not stated. */
        public Builder policyKnownToEmployees(Boolean policyKnownToEmployees) {
            this.policyKnownToEmployees = policyKnownToEmployees;
            return this;
        }

        /** States {@link ChatMonitoring#worksCouncil() worksCouncil}; {@code null} leaves it not stated. */
        public Builder worksCouncil(WorksCouncilStatus worksCouncil) {
            this.worksCouncil = worksCouncil;
            return this;
        }

        /** States {@link ChatMonitoring#claimedBasis() claimedBasis}; {@code null} leaves it not stated. */
        public Builder claimedBasis(ClaimedBasis claimedBasis) {
            this.claimedBasis = claimedBasis;
            return this;
        }

        /** States {@link ChatMonitoring#warnedAboutSpecificConduct() warnedAboutSpecificConduct}; {@code null} leaves it not stated. */
        public Builder warnedAboutSpecificConduct(Boolean warnedAboutSpecificConduct) {
            this.warnedAboutSpecificConduct = warnedAboutSpecificConduct;
            return this;
        }

        /** States {@link ChatMonitoring#concreteSuspicion() concreteSuspicion}; {@code null} leaves it not stated. */
        public Builder concreteSuspicion(Boolean concreteSuspicion) {
            this.concreteSuspicion = concreteSuspicion;
            return this;
        }

        /** States {@link ChatMonitoring#lessIntrusiveMeansInsufficient() lessIntrusiveMeansInsufficient}; {@code null} leaves it not stated. */
        public Builder lessIntrusiveMeansInsufficient(Boolean lessIntrusiveMeansInsufficient) {
            this.lessIntrusiveMeansInsufficient = lessIntrusiveMeansInsufficient;
            return this;
        }

        /** States {@link ChatMonitoring#channel() channel}; {@code null} leaves it not stated. */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /** States {@link ChatMonitoring#decidedBy() decidedBy}; {@code null} leaves it not stated. */
        public Builder decidedBy(DecidedBy decidedBy) {
            this.decidedBy = decidedBy;
            return this;
        }

        /** States {@link ChatMonitoring#dpiaDone() dpiaDone}; {@code null} leaves it not stated. */
        public Builder dpiaDone(Boolean dpiaDone) {
            this.dpiaDone = dpiaDone;
            return this;
        }

        /** States {@link ChatMonitoring#otherParticipants() otherParticipants}; {@code null} leaves it not stated. */
        public Builder otherParticipants(OtherParticipants otherParticipants) {
            this.otherParticipants = otherParticipants;
            return this;
        }

        /** States {@link ChatMonitoring#specialCategoryData() specialCategoryData}; {@code null} leaves it not stated. */
        public Builder specialCategoryData(Boolean specialCategoryData) {
            this.specialCategoryData = specialCategoryData;
            return this;
        }

        /**
         * The situation with the facts set so far.
         *
         * @throws InvalidSituationException if the facts contradict each other
         */
        public ChatMonitoring build() {
            return new ChatMonitoring(scope, monitoredData, policyKnownToEmployees, worksCouncil, claimedBasis, warnedAboutSpecificConduct, concreteSuspicion, lessIntrusiveMeansInsufficient, channel, decidedBy, dpiaDone, otherParticipants, specialCategoryData);
        }
    }
}

# Sentences about the chat-monitoring situation: an employer wants to monitor employees' use of a chat
# tool (facts: see docs/scenarios/chat-monitoring.md). Left of '=' is what legal staff write in a rule;
# right of it, what the engine checks. Every sentence must be unique across all .dsl files of the rule
# set and may not be part of a longer one (see docs/decision-language.md).

# ---- what the employer wants to do (the first line of a rule)
[when]the employer wants to monitor chat of employees=ChatMonitoring()
# Group-level figures that cannot be traced to anyone (volumes, peak times, number of active users).
[when]the employer wants to keep group-level chat statistics=ChatMonitoring(monitoredData == MonitoredData.AGGREGATE_STATISTICS)
# Blanket monitoring: everyone, or a whole team or department, without an individual reason.
[when]the employer wants to read the chat messages of every employee=ChatMonitoring(scope == MonitoringScope.ALL_EMPLOYEES, monitoredData == MonitoredData.CONTENT)
[when]the employer wants to track per person the chat activity of every employee=ChatMonitoring(scope == MonitoringScope.ALL_EMPLOYEES, monitoredData == MonitoredData.ACTIVITY_METADATA)
# Targeted monitoring: one employee, singled out for a reason that concerns that employee.
# Activity: when, how often, how long and with whom someone chats, not what is written.
[when]the employer wants to check the chat activity of one employee=ChatMonitoring(scope == MonitoringScope.TARGETED_EMPLOYEE, monitoredData == MonitoredData.ACTIVITY_METADATA)
[when]the employer wants to read the chat messages of one employee=ChatMonitoring(scope == MonitoringScope.TARGETED_EMPLOYEE, monitoredData == MonitoredData.CONTENT)
# Either of the two above.
[when]the employer wants to look into the chat activity or messages of one employee=ChatMonitoring(scope == MonitoringScope.TARGETED_EMPLOYEE, monitoredData in ( MonitoredData.ACTIVITY_METADATA, MonitoredData.CONTENT ))

# ---- the channel
# A work tool: a chat tool the employer provides for work (Teams, Slack, Lync). A private app: WhatsApp,
# Signal and the like, on a private phone or a work phone.
[when]- the chat is a work tool provided by the employer=channel == Channel.WORK_TOOL
[when]- the chat runs in a private messaging app=channel == Channel.PRIVATE_APP

# ---- the documented basis
# The policy: an ICT regulation or monitoring protocol that says chat may be monitored in this way.
[when]- employees were told in advance of a policy that provides for it=policyKnownToEmployees == true
[when]- no policy known to employees beforehand provides for it=policyKnownToEmployees == false
[when]- the works council consented or there is none=worksCouncil in ( WorksCouncilStatus.NO_WORKS_COUNCIL, WorksCouncilStatus.CONSENTED )
[when]- the works council has not consented=worksCouncil == WorksCouncilStatus.NOT_CONSENTED
[when]- the employer relies on its legitimate interest=claimedBasis == ClaimedBasis.LEGITIMATE_INTEREST
[when]- the employer relies on the consent of employees=claimedBasis == ClaimedBasis.EMPLOYEE_CONSENT
# DPIA: data protection impact assessment, carried out and its measures taken before the monitoring starts.
[when]- the DPIA was carried out beforehand=dpiaDone == true
[when]- there was no DPIA beforehand=dpiaDone == false

# ---- the reason for singling out one employee
[when]- that employee was warned before about the specific conduct=warnedAboutSpecificConduct == true
[when]- that employee was never warned about specific conduct=warnedAboutSpecificConduct == false
# A concrete suspicion: documented facts pointing to serious misconduct by that employee (fraud, theft,
# leaking confidential information) that warning or telling the employee first would frustrate. Only
# rules about an employee who was never warned read it, so it is never asked for anyone else.
[when]- there is a documented concrete suspicion of serious misconduct=concreteSuspicion == true
[when]- there is no documented concrete suspicion of serious misconduct=concreteSuspicion == false
# Less intrusive means: another conversation with the employee, or activity data only.
[when]- less intrusive means cannot establish or stop the conduct=lessIntrusiveMeansInsufficient == true
[when]- less intrusive means can address the conduct=lessIntrusiveMeansInsufficient == false
# Management or HR: the person or body the policy designates to decide on a review.
[when]- management or HR decided on the review=decidedBy == DecidedBy.MANAGEMENT_OR_HR
[when]- an IT administrator started the review on their own initiative=decidedBy == DecidedBy.IT_ON_OWN_INITIATIVE

# ---- what else is in the chat
# Other people: colleagues, or people outside the organisation (customers, suppliers, private contacts).
[when]- messages of other people in the chat are read too=otherParticipants in ( OtherParticipants.COLLEAGUES, OtherParticipants.OUTSIDE_PARTIES )
[when]- people outside the organisation take part in the chat=otherParticipants == OtherParticipants.OUTSIDE_PARTIES
# Special categories (GDPR art. 9(1)): health, religion, sexual orientation, trade-union membership and the like.
[when]- the chats hold special-category data=specialCategoryData == true

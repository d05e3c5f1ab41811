# Sentences about the subject-line situation: a helpdesk fixing a fault in an employee's work mailbox
# (facts: see docs/scenarios/subject-line.md). Left of '=' is what legal staff write in a rule; right of
# it, what the engine checks. Every sentence must be unique across all .dsl files of the rule set and may
# not be part of a longer one (see docs/decision-language.md). Rules describe complete situations: the
# engine works out which unstated facts can change the outcome.

# ---- what the helpdesk wants to do (the first line of a rule)
[when]the helpdesk works in the mailbox of an employee=SubjectLine()
# "look into the mailbox" means: look at the metadata or open the content of messages.
[when]the helpdesk wants to look into the mailbox=SubjectLine(action in (Action.INSPECT_METADATA, Action.OPEN_CONTENT))
[when]the helpdesk wants to look at the metadata=SubjectLine(action == Action.INSPECT_METADATA)
[when]the helpdesk wants to open the content of messages=SubjectLine(action == Action.OPEN_CONTENT)
[when]the helpdesk wants to tell the employee about an item=SubjectLine(action == Action.REMARK_TO_EMPLOYEE)
[when]the helpdesk wants to record an item in the ticket=SubjectLine(action == Action.RECORD_IN_TICKET)
[when]the helpdesk wants to escalate an item to whoever fixes the fault=SubjectLine(action == Action.ESCALATE_FOR_FIX)
# "mention" means: tell the employee about it.
[when]the helpdesk wants to mention, record or escalate an item=SubjectLine(action in (Action.REMARK_TO_EMPLOYEE, Action.RECORD_IN_TICKET, Action.ESCALATE_FOR_FIX))
[when]the helpdesk wants to tell colleagues or outsiders about the mailbox=SubjectLine(action in (Action.SHARE_WITH_COLLEAGUES, Action.SHARE_WITH_THIRD_PARTY))
[when]the helpdesk wants to use what it saw for another purpose=SubjectLine(action == Action.USE_FOR_OTHER_PURPOSE)
# "pass on" means: tell colleagues or outsiders who do not work on the fault.
[when]the helpdesk wants to pass an item on or put it to other use=SubjectLine(action in (Action.SHARE_WITH_COLLEAGUES, Action.SHARE_WITH_THIRD_PARTY, Action.USE_FOR_OTHER_PURPOSE))
[when]the helpdesk wants to do anything further with an item=SubjectLine(action in (Action.REMARK_TO_EMPLOYEE, Action.RECORD_IN_TICKET, Action.ESCALATE_FOR_FIX, Action.SHARE_WITH_COLLEAGUES, Action.SHARE_WITH_THIRD_PARTY, Action.USE_FOR_OTHER_PURPOSE))
# Reporting a suspected phishing or malware mail is not "anything further": it serves the security of the
# systems (GDPR art. 32, recital 49), a purpose of its own.
[when]the helpdesk wants to report a suspected security threat to the security team=SubjectLine(action == Action.REPORT_SECURITY_INCIDENT)

# ---- the support request
[when]- there is an open support request=supportRequestOpen == true
[when]- there is no open support request=supportRequestOpen == false

# ---- opening content
[when]- the metadata already explain the fault=metadataExplainsFault == true
[when]- the metadata do not explain the fault=metadataExplainsFault == false
[when]- only the messages tied to the fault are opened=onlyFaultRelatedMessages == true
[when]- messages not tied to the fault are opened as well=onlyFaultRelatedMessages == false
[when]- the messages reveal special-category data=specialCategoryData == true
[when]- the messages reveal no special-category data=specialCategoryData == false

# ---- an item seen in the mailbox
[when]- the item is the cause of the fault=itemCausesFault == true
[when]- the item has nothing to do with the fault=itemCausesFault == false
# Private: by its content, or because the employee marked or filed it as private (Libert v. France).
[when]- the item is private correspondence=(itemPrivate == true || markedPrivate == true)
[when]- the item reveals special-category data=specialCategoryData == true
[when]- the employee marked a message to be opened as private=markedPrivate == true

# ---- who the helpdesk is
[when]- the helpdesk is an outside party without a processor agreement=helpdeskRole == HelpdeskRole.EXTERNAL_WITHOUT_AGREEMENT
[when]- the helpdesk is a processor under a processor agreement=helpdeskRole == HelpdeskRole.PROCESSOR_WITH_AGREEMENT

# ---- Dutch aliases (same meaning)
[when]de helpdesk werkt in de mailbox van een werknemer=SubjectLine()
[when]- er is geen open supportverzoek=supportRequestOpen == false
[when]- er is een open supportverzoek=supportRequestOpen == true

# Sentences about the mailbox-retention situation: what happens to the mailbox of an employee who has
# left (facts: see docs/scenarios/mailbox-retention.md). Left of '=' is what legal staff write in a rule;
# right of it, what the engine checks. Every sentence must be unique across all .dsl files of the rule
# set and may not be part of a longer one (see docs/decision-language.md). Numbers of days are written
# as literals next to the fact, so the engine knows where a boundary lies.

# ---- what is to be done with the mailbox (the first line of a rule)
[when]something is to be done with the mailbox of a departed employee=MailboxRetention()
[when]the mailbox of the departed employee is to be deleted=MailboxRetention(action == Action.DELETE)
# Keeping covers every action other than deleting: keep it active, convert it to shared, export it.
[when]the mail of the departed employee is to be kept in some form=MailboxRetention(action in ( Action.KEEP_ACTIVE, Action.CONVERT_TO_SHARED, Action.EXPORT_TO_ARCHIVE ))
[when]the mailbox of the departed employee is to stay in use=MailboxRetention(action == Action.KEEP_ACTIVE)
[when]the mailbox of the departed employee is to become a shared mailbox=MailboxRetention(action == Action.CONVERT_TO_SHARED)
[when]the mail of the departed employee is to be exported to an archive=MailboxRetention(action == Action.EXPORT_TO_ARCHIVE)
# A live or shared mailbox: the address still receives mail, or colleagues work in it.
[when]the mailbox of the departed employee is to stay live or be shared=MailboxRetention(action in ( Action.KEEP_ACTIVE, Action.CONVERT_TO_SHARED ))

# ---- who acts
[when]- the IT provider acts as processor=actor == Actor.PROVIDER
[when]- the employer acts as controller=actor == Actor.EMPLOYER

# ---- what the client (the employer, the controller) instructed about this mailbox
[when]- the client approved this action=clientInstruction == ClientInstruction.APPROVED
[when]- the client gave no instruction for this mailbox=clientInstruction == ClientInstruction.NONE
[when]- the client objected to this action=clientInstruction == ClientInstruction.OBJECTED
[when]- the client did not approve this action=clientInstruction in ( ClientInstruction.NONE, ClientInstruction.OBJECTED )
# Deleting follows the controller's documented instruction: a specific one, or the standing term it was told about.
[when]- the deletion follows the instruction of the client or the communicated term=( clientInstruction == ClientInstruction.APPROVED || ( clientInstruction == ClientInstruction.NONE && retentionTerm == RetentionTerm.COMMUNICATED_EXPIRED ) )

# ---- the provider's standard retention term
[when]- no retention term was communicated to the client=retentionTerm == RetentionTerm.NOT_COMMUNICATED
[when]- the communicated retention term is still running=retentionTerm == RetentionTerm.COMMUNICATED_RUNNING
[when]- the communicated retention term has run out=retentionTerm == RetentionTerm.COMMUNICATED_EXPIRED
[when]- no reminder went to the contact person of the client=reminderSent == false

# ---- a dispute, claim or preservation request (a legal hold)
[when]- the mail is under a legal hold=legalHold == true
[when]- the mail is not under any legal hold=legalHold == false
# Known to whoever acts: the employer knows what it knows; the provider only what it was told or learned.
[when]- whoever acts knows of a dispute or preservation request=legalHold == true && ( actor == Actor.EMPLOYER || providerKnewOfHold == true )
[when]- whoever acts knows of no dispute or preservation request=( legalHold == false || ( actor == Actor.PROVIDER && providerKnewOfHold == false ) )
[when]- the provider was never told of the hold=providerKnewOfHold == false

# ---- why the mail is kept, and for how long
[when]- the mail is kept for no specific purpose=keepPurpose == KeepPurpose.NONE
[when]- the mail is kept for the handover=keepPurpose == KeepPurpose.HANDOVER
[when]- the mail is kept as business records=keepPurpose == KeepPurpose.BUSINESS_RECORDS
[when]- the mail is kept for a legal claim=keepPurpose == KeepPurpose.LEGAL_CLAIM
[when]- the mail is not kept for a legal claim=keepPurpose != KeepPurpose.LEGAL_CLAIM
[when]- the purpose is records or evidence=keepPurpose in ( KeepPurpose.BUSINESS_RECORDS, KeepPurpose.LEGAL_CLAIM )
# The exceptions to erasure in GDPR art. 17(3) cover records kept by law and evidence for a claim, not a handover.
[when]- no exception to erasure covers the purpose=keepPurpose in ( KeepPurpose.NONE, KeepPurpose.HANDOVER )
[when]- the keep period is fixed in advance=limitedPeriod == true
[when]- the keep period has no fixed end=limitedPeriod == false
[when]- the keep period runs over 90 days=limitedPeriod == true && keepDays > 90

# ---- the former employee
[when]- the former employee was informed=employeeInformed == true
[when]- the former employee was not informed=employeeInformed == false
# Colleagues get the mail in a shared mailbox, or in an export made for the handover.
[when]- colleagues get the mail of the former employee=( action == Action.CONVERT_TO_SHARED || ( action == Action.EXPORT_TO_ARCHIVE && keepPurpose == KeepPurpose.HANDOVER ) )
[when]- her access request is still unanswered=pendingRequest == PendingRequest.ACCESS
[when]- her erasure request is still unanswered=pendingRequest == PendingRequest.ERASURE

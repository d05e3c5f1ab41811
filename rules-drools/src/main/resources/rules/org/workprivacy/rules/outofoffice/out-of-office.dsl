# Sentences about the out-of-office situation (facts: see docs/scenarios/out-of-office.md).
# Left of '=' is what legal staff write in a rule; right of it, what the engine checks. No sentence may be
# part of another one in any .dsl file of the rule set (DecisionLanguageSentencesTest).
# Rules describe complete situations: the engine works out which unstated facts can change the outcome.

# ---- what the employer wants to do (the first line of a rule)
[when]there is an out-of-office question=OutOfOffice()
[when]the employer wants to switch on the auto-reply=OutOfOffice(action == Action.ENABLE_AUTO_REPLY)
[when]the employer wants to search the mailbox=OutOfOffice(action == Action.SEARCH_MAIL)

# ---- the reason
[when]- there is a work-related reason=workRelatedReason == true
[when]- there is no work-related reason=workRelatedReason == false
[when]- compelling work grounds outweigh her objection=compellingWorkGrounds == true
[when]- nothing compelling outweighs her objection=compellingWorkGrounds == false

# ---- asking the employee first
# "could have been asked": she was reachable and the matter could wait for her answer.
[when]- nobody asked the employee although she could have been asked=employeeContact == EmployeeContact.NOT_TRIED
[when]- the employee objected=employeeContact == EmployeeContact.OBJECTED
[when]- the employee did not agree herself=employeeContact != EmployeeContact.AGREED

# ---- how the mailbox is reached
[when]- an administrator acts without her password=method == Method.SERVER_SIDE_ADMIN
[when]- the password is reset=method == Method.PASSWORD_RESET
[when]- a server-side reply is possible=serverSideAutoReplyPossible == true
[when]- a server-side reply is not possible=serverSideAutoReplyPossible == false
[when]- an admin search tool can do it without her password=adminSearchPossible == true
[when]- IT acts without a second person from HR or management=fourEyes == false
[when]- the employer searches the mailbox or resets the password=(action == Action.SEARCH_MAIL || method == Method.PASSWORD_RESET)

# ---- the auto-reply
[when]- somebody opens mail=mailOpened == true
[when]- nobody opens any mail=mailOpened == false
[when]- the reply text reveals special-category data=replySpecialCategoryData == true

# ---- the search
[when]- the search is targeted=targetedSearch == true
[when]- the search is not targeted=targetedSearch == false
[when]- the search is for continuing her work=searchPurpose == SearchPurpose.CONTINUE_WORK
[when]- the search is for investigating the employee=searchPurpose == SearchPurpose.INVESTIGATE_EMPLOYEE

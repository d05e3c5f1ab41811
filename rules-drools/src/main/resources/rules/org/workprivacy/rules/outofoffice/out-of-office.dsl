# Sentences about the out-of-office situation (facts: see docs/scenarios/out-of-office.md).
[when]there is an out-of-office question=OutOfOffice()
[when]the employer wants to switch on the auto-reply=OutOfOffice(action == Action.ENABLE_AUTO_REPLY)
[when]the employer wants to search the mailbox=OutOfOffice(action == Action.SEARCH_MAIL)
[when]- there is a work-related reason=workRelatedReason == true
[when]- there is no work-related reason=workRelatedReason == false
[when]- nobody tried to reach the employee=employeeContact == EmployeeContact.NOT_TRIED
[when]- the employee objected=employeeContact == EmployeeContact.OBJECTED
[when]- the employee agreed or cannot be reached=employeeContact in (EmployeeContact.AGREED, EmployeeContact.UNREACHABLE)
[when]- the employee agreed, objected or cannot be reached=employeeContact in (EmployeeContact.AGREED, EmployeeContact.UNREACHABLE, EmployeeContact.OBJECTED)
[when]- the employee did not agree herself=employeeContact in (EmployeeContact.UNREACHABLE, EmployeeContact.OBJECTED)
[when]- an administrator sets the reply on the server=method == Method.SERVER_SIDE_ADMIN
[when]- the password is reset=method == Method.PASSWORD_RESET
[when]- a server-side reply is possible=serverSideAutoReplyPossible == true
[when]- a server-side reply is not possible=serverSideAutoReplyPossible == false
[when]- somebody opens mail=mailOpened == true
[when]- nobody opens any mail=mailOpened == false
[when]- the search is targeted=targetedSearch == true
[when]- the search is not targeted=targetedSearch == false
[when]- the employer searches the mailbox or resets the password=(action == Action.SEARCH_MAIL || method == Method.PASSWORD_RESET)

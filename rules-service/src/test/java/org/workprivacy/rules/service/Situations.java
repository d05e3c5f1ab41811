package org.workprivacy.rules.service;

/** Situations the tests send, as JSON (the same ones as the shipped examples). */
final class Situations {
    /** ALLOWED: an administrator sets the auto-reply on the server. */
    static final String SERVER_SIDE_AUTO_REPLY = """
            {"scenario": "out-of-office", "facts": {"action": "enable-auto-reply", "workRelatedReason": true,
             "employeeContact": "unreachable", "method": "server-side-admin", "mailOpened": false,
             "replySpecialCategoryData": false}}""";

    /** DENIED: a password reset when the reply could be set server-side. */
    static final String PASSWORD_RESET = """
            {"scenario": "out-of-office", "facts": {"action": "enable-auto-reply", "workRelatedReason": true,
             "employeeContact": "unreachable", "method": "password-reset", "serverSideAutoReplyPossible": true,
             "mailOpened": false, "replySpecialCategoryData": false, "fourEyes": true}}""";

    private Situations() {
    }
}

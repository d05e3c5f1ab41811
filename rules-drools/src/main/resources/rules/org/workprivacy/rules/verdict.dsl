# Decision sentences shared by every scenario: what a rule decides.
# Rules describe complete situations: the engine itself asks for a fact the caller left out, and only when
# its value could change the answer (docs/open-facts.md), so there are no sentences about unstated facts.
# Left of '=' is the sentence legal staff write in a .dslr rule; right of it, what the engine runs.
# English and Dutch sentences mean the same.

# ---- decisions (then)
[then]allow=verdict.allow(kcontext);
[then]deny=verdict.deny(kcontext);
[then]attach this condition=verdict.condition(kcontext);
[then]sta toe=verdict.allow(kcontext);
[then]weiger=verdict.deny(kcontext);
[then]verbind deze voorwaarde=verdict.condition(kcontext);

# Decision sentences shared by every scenario: what a rule decides, and asking for a missing fact.
# Left of '=' is the sentence legal staff write in a .dslr rule; right of it, what the engine runs.
# English and Dutch sentences mean the same.

# ---- conditions (when)
[when]- {fact} is not stated={fact} == null
[when]- {fact} is stated={fact} != null
[when]- {fact} is niet opgegeven={fact} == null

# ---- decisions (then)
[then]allow=verdict.allow(kcontext);
[then]deny=verdict.deny(kcontext);
[then]attach this condition=verdict.condition(kcontext);
[then]ask for the fact "{fact}"=verdict.missing(kcontext, "{fact}");
[then]sta toe=verdict.allow(kcontext);
[then]weiger=verdict.deny(kcontext);
[then]verbind deze voorwaarde=verdict.condition(kcontext);
[then]vraag naar het feit "{fact}"=verdict.missing(kcontext, "{fact}");

# Sentences about the hold-recording situation: recording or listening in on a customer call during one
# phase of it (facts: see docs/scenarios/hold-recording.md). Left of '=' is what legal staff write in a
# rule; right of it, what the engine checks. Every sentence must be unique across all .dsl files of the
# rule set and may not be part of a longer one (see docs/decision-language.md). A fact not stated:
# "- purpose is not stated" (../verdict.dsl).

# ---- what the call centre wants to do (the first line of a rule)
[when]the call centre wants to record or listen in on a call=HoldRecording()
[when]the call centre wants to record the call=HoldRecording(activity == Activity.RECORD)
[when]the call centre wants to listen in on the call=HoldRecording(activity == Activity.LISTEN_IN)
[when]- it is known whether the call is recorded or listened to=activity != null

# ---- the phase of the call
# Waiting: the queue, a hold, or a short look-up pause with the line not kept open (that is a hold too).
[when]- the caller waits in the queue or on hold=( phase == Phase.QUEUE || phase == Phase.HOLD || ( phase == Phase.SHORT_LOOKUP_HOLD && lineStaysOpen == false ) )
# The conversation itself, or a short look-up pause inside it with the line kept open.
[when]- the caller and the agent are in conversation=( phase == Phase.CONVERSATION || ( phase == Phase.SHORT_LOOKUP_HOLD && lineStaysOpen == true ) )
# Everything that is not known to be waiting: the conversation, a look-up pause unless the line is known
# not to stay open, and a phase not stated yet. Purpose and notice are asked for and judged here.
[when]- the caller is not known to be waiting in the queue or on hold=( phase == null || phase == Phase.CONVERSATION || ( phase == Phase.SHORT_LOOKUP_HOLD && ( lineStaysOpen == null || lineStaysOpen == true ) ) )
[when]- the agent pauses briefly to look something up=phase == Phase.SHORT_LOOKUP_HOLD
[when]- the line is kept open=lineStaysOpen == true
[when]- the line is not kept open=lineStaysOpen == false

# ---- purpose, stated in advance
[when]- the call centre has no specific purpose=purpose == Purpose.NONE
[when]- the purpose is evidence of what was said or agreed=purpose == Purpose.EVIDENCE
[when]- the purpose is training or quality=purpose in ( Purpose.TRAINING, Purpose.QUALITY )

# ---- notice: told in advance that and why calls are recorded or listened to
[when]- callers were told in advance=callerInformed == true
[when]- callers were not told in advance=callerInformed == false
[when]- the agents were told in advance=agentsInformed == true
[when]- the agents were not told in advance=agentsInformed == false

# ---- the telephone system
[when]- the software cannot pause during hold=softwareCanPause == false
[when]- the waiting time is cut out afterwards=holdAudioCutAfterwards == true

# ---- Dutch aliases (same meaning)
[when]het callcenter wil meeluisteren met het gesprek=HoldRecording(activity == Activity.LISTEN_IN)
[when]- de beller wacht in de wachtrij of in de wachtstand=( phase == Phase.QUEUE || phase == Phase.HOLD || ( phase == Phase.SHORT_LOOKUP_HOLD && lineStaysOpen == false ) )

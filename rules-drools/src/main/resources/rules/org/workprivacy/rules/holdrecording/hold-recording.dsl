# Sentences about the hold-recording situation: recording or listening in on a customer call during one
# phase of it (facts: see docs/scenarios/hold-recording.md). Left of '=' is what legal staff write in a
# rule; right of it, what the engine checks. Every sentence must be unique across all .dsl files of the
# rule set and may not be part of a longer one (see docs/decision-language.md).

# ---- what the call centre wants to do (the first line of a rule)
[when]the call centre wants to record or listen in on a call=HoldRecording()
[when]the call centre wants to record the call=HoldRecording(activity == Activity.RECORD)
[when]the call centre wants to listen in on the call=HoldRecording(activity == Activity.LISTEN_IN)

# ---- the phase of the call
# Waiting: the queue, a hold, or a short look-up pause with the line not kept open (that is a hold too).
[when]- the caller waits in the queue or on hold=( phase == Phase.QUEUE || phase == Phase.HOLD || ( phase == Phase.SHORT_LOOKUP_HOLD && lineStaysOpen == false ) )
# The conversation itself, or a short look-up pause inside it with the line kept open.
[when]- the caller and the agent are in conversation=( phase == Phase.CONVERSATION || ( phase == Phase.SHORT_LOOKUP_HOLD && lineStaysOpen == true ) )
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

# ---- what is said in the calls
# Special categories (GDPR art. 9(1)), typically callers' health at an insurer or a health-care provider.
[when]- callers discuss special-category data such as their health=specialCategoryData == true
[when]- callers do not discuss special-category data=specialCategoryData == false

# ---- less intrusive means for training or quality: live coaching, listening in on a sample, role play
[when]- less intrusive means would not serve training or quality=lessIntrusiveMeansInsufficient == true
[when]- live coaching or another less intrusive means would do=lessIntrusiveMeansInsufficient == false

# ---- the organisation: works council, who takes the calls, DPIA
# The works council of the agents' employer (for an outsourced call centre: the call centre's own).
[when]- the works council of the agents consented or there is none=worksCouncil in ( WorksCouncilStatus.NO_WORKS_COUNCIL, WorksCouncilStatus.CONSENTED )
[when]- the works council of the agents has not consented=worksCouncil == WorksCouncilStatus.NOT_CONSENTED
[when]- own staff or a processor under a processor agreement take the calls=callCentreRole in ( CallCentreRole.INTERNAL, CallCentreRole.PROCESSOR_WITH_AGREEMENT )
[when]- an outsourced call centre works without a processor agreement=callCentreRole == CallCentreRole.PROCESSOR_WITHOUT_AGREEMENT
# DPIA: data protection impact assessment, carried out and its measures taken before it starts.
[when]- a DPIA of the recording or listening in was done=dpiaDone == true
[when]- the recording or listening in lacks a DPIA=dpiaDone == false

# ---- the telephone system
[when]- the software cannot pause during hold=softwareCanPause == false
[when]- the waiting time is cut out afterwards=holdAudioCutAfterwards == true

# ---- Dutch aliases (same meaning)
[when]het callcenter wil meeluisteren met het gesprek=HoldRecording(activity == Activity.LISTEN_IN)
[when]- de beller wacht in de wachtrij of in de wachtstand=( phase == Phase.QUEUE || phase == Phase.HOLD || ( phase == Phase.SHORT_LOOKUP_HOLD && lineStaysOpen == false ) )

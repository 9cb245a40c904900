// The interviews of a target, newest first, with their participants.
def ec = context.ec
interviewList = ec.entity.find("hpf.compliance.CollectionInterview").condition("targetId", targetId).orderBy("-interviewDate").list().collect { iv ->
    iv.getMap() + [participants: ec.entity.find("hpf.compliance.InterviewParticipant").condition("interviewId", iv.interviewId)
            .orderBy("participantSeqId").list()*.getMap()]
}
return null

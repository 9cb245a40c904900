// The send service of SystemMessageType HpfSms: the message's text to its receiverId through the HTTP gateway; the outcome
// goes on the ReminderMessage (messageId) in its own transaction, so a failure stays recorded when this one rolls back.
import hpf.compliance.core.reminder.HttpSmsGateway
import hpf.compliance.core.reminder.SmsGateway
import org.moqui.util.SystemBinding

import java.time.Duration

def sm = ec.entity.find('moqui.service.message.SystemMessage').condition('systemMessageId', systemMessageId).one()
String reminderId = sm.messageId
String remoteMessageId = null
String failure = null
try {
    def gateway = new HttpSmsGateway(SystemBinding.getPropOrEnv('hpf_sms_url'), SystemBinding.getPropOrEnv('hpf_sms_key'),
            SystemBinding.getPropOrEnv('hpf_sms_signature'), Duration.ofSeconds(10))
    remoteMessageId = gateway.send(sm.receiverId as String, sm.messageText as String)
} catch (SmsGateway.SmsException | IllegalArgumentException e) {
    failure = e.message
}
if (reminderId && ec.entity.find('hpf.compliance.ReminderMessage').condition('reminderId', reminderId).count() > 0) {
    ec.service.sync().name('update#hpf.compliance.ReminderMessage').requireNewTransaction(true).parameters([
            reminderId: reminderId, outcome: failure ? 'PENDING' : 'SENT', resultText: failure ?: remoteMessageId,
            sentDate: failure ? null : ec.user.nowTimestamp]).call()
}
if (failure) { ec.message.addError(failure); return [:] }
return [remoteMessageId: remoteMessageId]

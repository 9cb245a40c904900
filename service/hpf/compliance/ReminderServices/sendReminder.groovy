// One reminder (提醒) of one unit for one reason: ReminderRules on the unit's log decides the channels; each message is
// logged (ReminderMessage) before it is handed to the framework (SystemMessage for SMS, EmailTemplate for e-mail).
import hpf.compliance.core.CenterClock
import hpf.compliance.core.reminder.ReminderReason
import hpf.compliance.core.reminder.ReminderRules
import org.moqui.util.SystemBinding

import java.time.LocalDate
import java.time.YearMonth

def unit = ec.entity.find('hpf.compliance.EmployerUnit').condition('unitId', unitId).one()
if (unit == null) { ec.message.addError(ec.l10n.localize('Reminder: no such unit') + ' ' + unitId); return [:] }
def reasonEnum = ec.entity.find('moqui.basic.Enumeration').condition('enumId', reasonEnumId).useCache(true).one()
if (reasonEnum == null || reasonEnum.enumTypeId != 'HpfReminderReason') {
    ec.message.addError(ec.l10n.localize('Reminder: unknown reason') + ' ' + reasonEnumId); return [:] }
ReminderReason reason = ReminderReason.valueOf(reasonEnum.enumCode as String)
LocalDate today = CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
YearMonth month = YearMonth.from(today)

List<ReminderRules.Logged> log = ec.entity.find('hpf.compliance.ReminderMessage').condition('unitId', unitId)
        .condition('reminderMonth', month.toString()).list().collect { rm ->
    new ReminderRules.Logged(ReminderReason.valueOf(rm.reasonEnumId == 'HpfRrAlertOpened' ? 'ALERT_OPENED' :
            rm.reasonEnumId == 'HpfRrOrderDeadline' ? 'ORDER_DEADLINE' : 'DEFERRAL_ENDING'), YearMonth.parse(rm.reminderMonth as String),
            rm.channelEnumId == 'HpfRcSms' ? hpf.compliance.core.reminder.ReminderChannel.SMS : hpf.compliance.core.reminder.ReminderChannel.EMAIL,
            ReminderRules.Outcome.valueOf((rm.outcome ?: 'PENDING') as String))
}
def contact = new ReminderRules.Contact(unit.agentMobile as String, unit.agentEmail as String, unit.noSmsContact == 'Y')
ReminderRules.Decision decision = ReminderRules.decide(reason, today, contact, log)
skippedList = decision.skipped().collect { it.channel().name() + ':' + it.why().name() }
reminderIdList = []
if (!decision.send()) return [reminderIdList: reminderIdList, skippedList: skippedList]

def branch = unit.branchId ? ec.entity.find('hpf.compliance.Branch').condition('branchId', unit.branchId).useCache(true).one() : null
String signature = SystemBinding.getPropOrEnv('hpf_sms_signature') ?: ''
Map textContext = [reason: reason.name(), signature: signature, unitName: unit.unitName,
        monthText: month.year + '年' + month.monthValue + '月',
        amountText: amount != null ? new java.text.DecimalFormat('#,##0.00').format(amount) : null,
        deadlineText: deadlineDate != null ? ((java.sql.Date) deadlineDate).toLocalDate().with { it.year + '年' + it.monthValue + '月' + it.dayOfMonth + '日' } : null,
        documentNumber: documentNumber, branchName: branch?.branchName, branchPhone: branch?.contactPhone]
ec.context.push()
String text
try {
    ec.context.putAll(textContext)
    text = ec.resource.template('component://hpf-compliance/template/reminder/ReminderText.ftl', (String) null)?.trim()
} finally { ec.context.pop() }
String subject = ec.l10n.localize('Housing Fund Reminder Subject')

for (channel in decision.channels()) {
    boolean sms = channel.name() == 'SMS'
    String recipient = sms ? ReminderRules.normalizeMobile(unit.agentMobile as String) : (unit.agentEmail as String).trim()
    Map rm = ec.service.sync().name('create#hpf.compliance.ReminderMessage').requireNewTransaction(true).parameters([
            unitId: unitId, branchId: unit.branchId, reasonEnumId: reasonEnumId, reminderMonth: month.toString(),
            alertId: alertId, actionId: actionId, applicationId: applicationId, channelEnumId: sms ? 'HpfRcSms' : 'HpfRcEmail',
            recipient: recipient, subject: subject, bodyText: text, outcome: 'PENDING', createdDate: ec.user.nowTimestamp]).call()
    String reminderId = rm.reminderId
    reminderIdList.add(reminderId)
    if (sms && !SystemBinding.getPropOrEnv('hpf_sms_url')) {
        // no gateway configured: nothing is queued (a queued message would wait for retries that cannot succeed and take
        // the retry job's slots); the log says why (in the center's language, whoever runs it), and a failed reminder does
        // not count as sent, so it goes out once one is
        ec.service.sync().name('update#hpf.compliance.ReminderMessage').requireNewTransaction(true).parameters([
                reminderId: reminderId, outcome: 'FAILED', resultText: ec.l10n.localize('No SMS gateway is configured (hpf_sms_url).', Locale.CHINESE)]).call()
    } else if (sms) {
        Map q = ec.service.sync().name('org.moqui.impl.SystemMessageServices.queue#SystemMessage').parameters([
                systemMessageTypeId: 'HpfSms', messageText: text, receiverId: recipient, messageId: reminderId, sendNow: false]).call()
        ec.service.sync().name('update#hpf.compliance.ReminderMessage').requireNewTransaction(true)
                .parameters([reminderId: reminderId, systemMessageId: q.systemMessageId]).call()
        // sent now, in its own transactions; a failure leaves the message to the framework's retry job
        ec.service.sync().name('org.moqui.impl.SystemMessageServices.send#ProducedSystemMessage')
                .parameters([systemMessageId: q.systemMessageId]).call()
    } else {
        Map out = ec.service.sync().name('org.moqui.impl.EmailServices.send#EmailTemplate').parameters([
                emailTemplateId: 'HPF_REMINDER', toAddresses: recipient, createEmailMessage: true,
                bodyParameters: [bodyText: text, subject: subject]]).call()
        String errors = ec.message.hasError() ? ec.message.errorsString : null
        if (errors) ec.message.clearErrors()
        def em = out?.emailMessageId ? ec.entity.find('moqui.basic.email.EmailMessage').condition('emailMessageId', out.emailMessageId).one() : null
        boolean failed = errors || em?.statusId != 'ES_SENT'
        // stored in Chinese as the no-gateway reason is, whoever sends (the daily job has no user locale)
        if (failed && !errors) errors = ec.l10n.localize('E-mail reminder not sent; e-mail message status', Locale.CHINESE) + ' ' + em?.statusId
        ec.service.sync().name('update#hpf.compliance.ReminderMessage').requireNewTransaction(true).parameters([
                reminderId: reminderId, emailMessageId: out?.emailMessageId, outcome: failed ? 'FAILED' : 'SENT',
                resultText: errors, sentDate: failed ? null : ec.user.nowTimestamp]).call()
    }
}
return [reminderIdList: reminderIdList, skippedList: skippedList]

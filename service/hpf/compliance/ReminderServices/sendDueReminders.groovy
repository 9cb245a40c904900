// send#DueReminders: open alerts, orders to pay near their deadline, deferrals ending soon; send#Reminder for each.
import hpf.compliance.core.CenterClock
import hpf.compliance.core.reminder.ReminderRules

import java.time.LocalDate

LocalDate today = CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone).today()
java.sql.Date last = java.sql.Date.valueOf(today.plusDays(daysBefore as long))
java.sql.Date first = java.sql.Date.valueOf(today)
int count = 0
Closure remind = { Map p ->
    Map out = ec.service.sync().name('hpf.compliance.ReminderServices.send#Reminder').parameters(p).call()
    if (ec.message.hasError()) { ec.logger.warn("Reminder ${p} not sent: ${ec.message.errorsString}"); ec.message.clearErrors() }
    count += (out?.reminderIdList?.size() ?: 0)
}
ec.entity.find('hpf.compliance.ArrearsAlert').condition('statusId', 'HpfAlrOpen').useCache(false).list().each { a ->
    remind([unitId: a.unitId, reasonEnumId: 'HpfRrAlertOpened', alertId: a.alertId, amount: a.amountOwed])
}
ec.entity.find('hpf.compliance.EnforcementAction').condition('actionTypeEnumId', 'HpfEaOrderToPay')
        .condition('statusId', 'HpfEnfIssued').condition('dueDate', org.moqui.entity.EntityCondition.BETWEEN, [first, last])
        .useCache(false).list().each { o ->
    if (!ReminderRules.dueBeforeDeadline(((java.sql.Date) o.dueDate).toLocalDate(), today, daysBefore as int)) return
    remind([unitId: o.unitId, reasonEnumId: 'HpfRrOrderDeadline', actionId: o.actionId, deadlineDate: o.dueDate,
            documentNumber: o.documentNumber])
}
ec.entity.find('hpf.compliance.EmployerUnit').condition('accountStatusEnumId', 'HpfAcsDeferred')
        .condition('termsThruDate', org.moqui.entity.EntityCondition.BETWEEN, [first, last]).useCache(false).list().each { u ->
    remind([unitId: u.unitId, reasonEnumId: 'HpfRrDeferralEnding', applicationId: u.termsApplicationId, deadlineDate: u.termsThruDate])
}
reminderCount = count
return [reminderCount: reminderCount]

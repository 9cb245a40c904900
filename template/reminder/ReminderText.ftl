<#-- The text of a reminder (提醒) by SMS, also the body of the e-mail. Plain text, Chinese. Context: reason (ALERT_OPENED,
     ORDER_DEADLINE or DEFERRAL_ENDING, core ReminderReason), signature (the SMS signature, e.g. 阳泉公积金), unitName,
     monthText (2026年5月), amountText (67,200.00), deadlineText (2026年6月8日, for an order or a deferral),
     documentNumber (the order's), branchName, branchPhone. -->
<#if signature?has_content>【${signature}】</#if>${unitName!"贵单位"}：<#t>
<#if reason == "ALERT_OPENED">
截至${monthText!""}，贵单位住房公积金未按时足额缴存<#if amountText?has_content>，欠缴金额${amountText}元</#if>。请尽快补缴，确有困难的可依规申请降低缴存比例或缓缴。<#t>
<#elseif reason == "ORDER_DEADLINE">
我中心《责令限期缴存通知书》<#if documentNumber?has_content>（${documentNumber}）</#if>规定的缴存期限将于${deadlineText!""}届满<#if amountText?has_content>，欠缴金额${amountText}元</#if>。逾期仍不缴存的，将依法申请人民法院强制执行。<#t>
<#elseif reason == "DEFERRAL_ENDING">
贵单位经批准的住房公积金缓缴期将于${deadlineText!""}届满，届满后请按规定恢复缴存并补缴缓缴的住房公积金<#if amountText?has_content>（${amountText}元）</#if>。<#t>
</#if>
咨询电话：${branchPhone!""}（${branchName!""}）。<#t>

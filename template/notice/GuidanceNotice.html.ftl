<#-- 《行政指导意见书》 as issued. Context: get#NoticePrintInfo (notice, unit, branch, campaign, centerName, *Text). -->
<#include "component://hpf-compliance/template/notice/PrintStyle.ftl"/>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>行政指导意见书 ${h(notice.noticeNumber)}</title>
<@printStyle/>
</head>
<body>
<#if !(forPdf!false)><div class="no-print"><a href="javascript:window.print()">打印</a></div></#if>
<#if notice.statusId == "HpfNtcCancelled"><p class="flush" style="color:#c00;font-weight:bold;">【已作废】${h(notice.cancelReason)}</p></#if>
<div class="authority">${h(centerName)}</div>
<div class="red-rule"></div>
<div class="title">行政指导意见书</div>
<div class="docno">${h(notice.noticeNumber)}</div>

<p class="flush addressee">${h(notice.unitName!unit.unitName)}（单位账号：${h(notice.unitAccountNo!unit.unitAccountNo)}<#if (notice.usccCode!unit.usccCode)?has_content>，统一社会信用代码：${h(notice.usccCode!unit.usccCode)}</#if>）：</p>

<p>经核查，你单位住房公积金缴存情况如下：住房公积金缴至${h(paidThroughMonthText!"—")}，自${h(firstOwedMonthText!"—")}起未按规定按时足额缴存，累计${owedWord(targetTypeEnumId!"")}${h(notice.owedMonths!0)}个月，欠缴金额共计人民币${h(amountOwedText!"0.00")}元（以我中心核定的金额为准）。</p>

<p>你单位的上述行为不符合《住房公积金管理条例》的有关规定：</p>
<p class="law"><b>第十九条</b>　职工个人缴存的住房公积金，由所在单位每月从其工资中代扣代缴。单位应当于每月发放职工工资之日起5日内将单位缴存的和为职工代缴的住房公积金汇缴到住房公积金专户内，由受委托银行计入职工住房公积金账户。</p>
<p class="law"><b>第二十条</b>　单位应当按时、足额缴存住房公积金，不得逾期缴存或者少缴。对缴存住房公积金确有困难的单位，经本单位职工代表大会或者工会讨论通过，并经住房公积金管理中心审核，报住房公积金管理委员会批准后，可以降低缴存比例或者缓缴；待单位经济效益好转后，再提高缴存比例或者补缴缓缴。</p>
<p class="law"><b>第三十八条</b>　违反本条例的规定，单位逾期不缴或者少缴住房公积金的，由住房公积金管理中心责令限期缴存；逾期仍不缴存的，可以申请人民法院强制执行。</p>

<p>为维护缴存职工的合法权益，根据上述规定，现对你单位提出如下行政指导意见：</p>
<p>一、请你单位于<b>${h(rectifyByDateText)}</b>前<#if rectifyDays??>（自本意见书签发之日起${rectifyDays}个自然日内）</#if>，到${h(branch.branchName!centerName)}办理住房公积金补缴手续，足额补缴欠缴的住房公积金，并自即日起按月按时足额缴存。</p>
<p>二、缴存住房公积金确有困难的单位，可以申请降低缴存比例或者缓缴：须经本单位职工代表大会或者工会讨论通过，并在本单位内进行公示，公示期满后持决议、公示材料及单位经营困难的证明材料，于上述期限内向我中心提出申请，经住房公积金管理中心审核通过后办理。降低缴存比例后，单位和职工的缴存比例均不得低于5%。单位经济效益好转后，应当恢复缴存比例或者补缴缓缴的住房公积金。</p>
<p>三、你单位逾期既不缴存又未依规办理降低缴存比例或者缓缴手续的，我中心将依照《住房公积金管理条例》第三十八条的规定责令你单位限期缴存；逾期仍不缴存的，依法申请人民法院强制执行。</p>
<p>特此告知。</p>

<p class="flush" style="margin-top:6mm;">联系机构：${h(branch.branchName!centerName)}</p>
<#if branch.address?has_content><p class="flush">地　　址：${h(branch.address)}</p></#if>
<#if branch.contactPhone?has_content><p class="flush">联系电话：${h(branch.contactPhone)}</p></#if>

<div class="signature"><div class="seal-area">
    <div class="seal-label">（盖章处）</div>
    <div>${h(centerName)}</div>
    <div>${h(issueDateText)}</div>
</div></div>

<div class="note">本意见书一式两份，一份送达被指导单位，一份由${h(centerName)}存档。期限按自然日计算。</div>
</body>
</html>

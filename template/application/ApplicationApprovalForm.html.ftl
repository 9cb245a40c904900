<#-- 降低缴存比例 / 缓缴 审批表, printed from the browser (A4). The screen PrintApplication puts every value in `form` as text. -->
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>${typeName?html}审批表 ${form.applicationId?html}</title>
<style>
  @page { size: A4; margin: 18mm 15mm 22mm 15mm;
          @bottom-center { content: "— " counter(page) " —"; font-family: "SimSun", "Songti SC", serif; font-size: 14pt; } }
  body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; color: #000; }
  h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm 0; }
  .sub { text-align: center; margin-bottom: 4mm; }
  table { width: 100%; border-collapse: collapse; }
  th, td { border: 1px solid #000; padding: 2mm; vertical-align: top; }
  th { width: 18%; font-weight: normal; text-align: center; background: #f4f4f4; }
  .opinion { height: 22mm; }
  .sign { text-align: right; margin-top: 4mm; }
  .due { font-size: 10pt; margin-top: 2mm; }
  @media print { .noprint { display: none; } }
</style>
</head>
<body>
<div class="noprint" style="text-align:right"><button onclick="window.print()">打印</button></div>
<h1>${centerName?html}<br/>单位住房公积金${typeName?html}审批表</h1>
<div class="sub">申请编号：${form.applicationId?html}　　状态：${statusName?html}　　报送日期：${form.submittedDate}</div>
<table>
  <tr><th>单位名称</th><td colspan="3">${form.unitName?html}</td></tr>
  <tr><th>单位账号</th><td>${form.unitAccountNo?html}</td><th>统一社会信用代码</th><td>${form.usccCode?html}</td></tr>
  <tr><th>所属机构</th><td>${form.branchName?html}</td><th>职工人数</th><td>${form.workerCount}</td></tr>
<#if form.deferral>
  <tr><th>缓缴月数</th><td>${form.deferralMonths}个月</td><th>月应缴额（元）</th><td>${form.monthlyDue}</td></tr>
<#else>
  <tr><th>当前缴存比例</th><td>单位 ${form.currentEmployerRate}，个人 ${form.currentEmployeeRate}</td>
      <th>申请缴存比例</th><td>单位 ${form.requestedEmployerRate}，个人 ${form.requestedEmployeeRate}</td></tr>
</#if>
  <tr><th>申请期限</th><td colspan="3">${form.periodFrom} 至 ${form.periodThru}</td></tr>
  <tr><th>申请理由</th><td colspan="3">${form.reason?html}</td></tr>
  <tr><th>经营状况</th><td colspan="3">${form.year1}年${form.result1}；${form.year2}年${form.result2}</td></tr>
  <tr><th>职工决议</th><td colspan="3">${bodyName?html}，${form.resolutionDate}。
<#if form.signatures>
      签字职工 ${form.signatureCount} 人，职工总数 ${form.workerCount} 人。
<#else>
      成员 ${form.members} 人，出席 ${form.attendance} 人；赞成 ${form.votesFor} 票，反对 ${form.votesAgainst} 票，弃权 ${form.votesAbstain} 票。
</#if></td></tr>
  <tr><th>单位内部公示</th><td colspan="3">${form.noticeFrom} 至 ${form.noticeThru}，收到异议 ${form.objections} 条。
      <#if form.objectionResponse?has_content>处理情况：${form.objectionResponse?html}</#if></td></tr>
  <tr><th>申请材料</th><td colspan="3"><#list documentRows as d>${d_index + 1}. ${d.type?html}（${d.name?html}）<#sep>；</#sep></#list></td></tr>
<#-- who signs each step: 受理人 (branch), 审核人 (office), 审批人 (center), 录入人 for a decision recorded on another body's behalf -->
<#assign signLabels = {"HpfRsBranchIntake": "受理人", "HpfRsOfficeReview": "审核人", "HpfRsCommittee": "录入人", "HpfRsApproval": "审批人"}>
<#list reviewRows as r>
  <tr><th>${r.step?html}意见</th><td colspan="3" class="opinion">${r.decision?html}。${r.comments?html}
      <#if (r.due!"")?has_content><div class="due">办理期限：${r.due}（按工作日计算，不含法定节假日）</div></#if>
      <div class="sign"><#if r.recordsOnBehalf>录入人<#else>${signLabels[r.stepId]!"经办人"}</#if>：${r.reviewer?html}<#if r.role?has_content>（${r.role?html}）</#if>　　${r.date}</div></td></tr>
</#list>
<#if form.termsFrom?has_content>
  <tr><th>批准执行期限</th><td colspan="3">${form.termsFrom} 至 ${form.termsThru}</td></tr>
</#if>
</table>
<p style="font-size:10pt">依据《住房公积金管理条例》第二十条：单位缴存住房公积金确有困难的，经本单位职工代表大会或者工会讨论通过，并经住房公积金管理中心审核，可以降低缴存比例或者缓缴；待单位经济效益好转后，再提高缴存比例或者补缴缓缴。单位和职工缴存比例均不得低于5%。</p>
</body>
</html>
